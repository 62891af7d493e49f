/** Explains every encoding on the map, in the active language. Collapsible; closed at first on phones. */
import { useState } from 'react';
import { useT, useYearContext } from '../app/hooks';
import * as c from '../map/palette';
import { useAppStore } from '../state/store';

function classLabel(min: number, max: number) {
  if (max === Number.POSITIVE_INFINITY) return `≥ ${min}`;
  return min === max ? String(min) : `${min}–${max}`;
}

export function Legend() {
  const t = useT();
  const goal = useAppStore((s) => s.goal);
  const layers = useAppStore((s) => s.layers);
  const hasProgrammeFilter = useAppStore((s) => s.programmes.length > 0);
  const yc = useYearContext();
  const [open, setOpen] = useState(() => !window.matchMedia?.('(max-width: 760px)').matches);
  if (!yc) return null;
  const reporting = yc.reportingYears.includes(yc.year);
  const goalName = goal === 'both' ? t('goalBoth').toLowerCase() : t(goal).toLowerCase();
  return (
    <details className="legend" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <h2 id="legend-heading">{t('legend')}</h2>
      </summary>
      <p className="legend-title">{t('legendActivities', { goal: goalName, year: yc.year })}</p>
      {reporting ? (
        <ul className="legend-classes">
          {c.ACTIVITY_CLASSES.map((k) => (
            <li key={k.min}>
              <span className="swatch" style={{ background: k.color }} />
              {classLabel(k.min, k.max)}
            </li>
          ))}
          <li>
            <span className="swatch" style={{ background: c.LAND_NO_ACTIVITY }} />
            {t('legendNoActivity')}
          </li>
        </ul>
      ) : (
        <ul className="legend-classes">
          <li>
            <span className="swatch" style={{ background: c.LAND_NO_DATA }} />
            {t('legendNoDataYear')}
          </li>
        </ul>
      )}
      <ul className="legend-items">
        {(goal === 'both' || goal === 'reception-in-region') && (
          <li>
            <span className="line-swatch" style={{ borderTop: `3px solid ${c.FOCUS_RECEPTION}` }} />
            {t('legendFocusReception')}
          </li>
        )}
        {(goal === 'both' || goal === 'migration-cooperation') && (
          <li>
            <span className="line-swatch" style={{ borderTop: `3px dashed ${c.FOCUS_MIGRATION}` }} />
            {t('legendFocusMigration')}
          </li>
        )}
        {hasProgrammeFilter && (
          <li>
            <span className="line-swatch" style={{ borderTop: `4px solid ${c.MATCH}` }} />
            {t('legendMatch')}
          </li>
        )}
        <li>
          <span className="swatch" style={{ background: c.NEUTRAL_AREA, border: `1px dashed ${c.BORDER}` }} />
          {t('legendNeutral')}
        </li>
        {layers.posts && (
          <>
            <li>
              <span className="dot" style={{ background: c.POST_OPEN }} />
              {t('legendPostOpen')}
            </li>
            <li>
              <span className="dot closed" style={{ borderColor: c.POST_CLOSED }}>
                ×
              </span>
              {t('legendPostClosed')}
            </li>
          </>
        )}
        {layers.context && (
          <>
            <li>
              <span className="dot" style={{ background: c.CONTEXT_HOSTING }} />
              {t('legendHosting')}
            </li>
            <li>
              <span className="dot" style={{ border: `3px solid ${c.CONTEXT_ORIGIN}` }} />
              {t('legendOrigin')}
            </li>
          </>
        )}
        {layers.routes && (
          <>
            <li>
              <span className="line-swatch" style={{ borderTop: `5px solid ${c.ROUTE}` }} />
              {t('legendRoute')}
            </li>
            <li>
              <span className="line-swatch" style={{ borderTop: `3px dotted ${c.ROUTE}` }} />
              {t('legendRouteNoFigure')}
            </li>
          </>
        )}
      </ul>
      {layers.routes && <p className="caveat">{t('routesCaveat')}</p>}
    </details>
  );
}
