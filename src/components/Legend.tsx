/** Explains every encoding on the map, in the active language. Collapsible; closed at first on phones. */
import { useState } from 'react';
import { clusteredPostsOnScreen, useClustersOnScreen } from '../map/clustersOnScreen';
import { ARROW_SHAPE } from '../map/icons';
import { type LegendEntry, legendModel, legendViewOf } from '../map/legendEntries';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { NEUTRAL_BORDER } from '../theme/palette';
import { PHONE_QUERY } from './phoneLayout';

function LegendSymbol({ e }: { e: LegendEntry }) {
  switch (e.kind) {
    case 'fill':
      return (
        <span
          className="swatch"
          style={{ background: e.color, border: e.dashedBorder ? `1px dashed ${NEUTRAL_BORDER}` : undefined }}
        />
      );
    case 'line':
      return (
        <span className={e.edge ? 'line-swatch edged' : 'line-swatch'}>
          <span style={{ borderTop: `${e.width}px ${e.style} ${e.color}` }} />
        </span>
      );
    case 'route':
      return <RouteKey e={e} />;
    case 'lines':
      return (
        <span className="line-swatch edged two">
          <span style={{ borderTop: `3px solid ${e.color}` }} />
          <span style={{ borderTop: `3px ${e.inner.style} ${e.inner.color}` }} />
        </span>
      );
    case 'dot':
      return e.count ? (
        <span className="dot" style={{ background: e.color, ...CLUSTER_DOT }}>
          {e.count}
        </span>
      ) : (
        <span className="dot" style={{ background: e.color }} />
      );
    case 'ring':
      return (
        <span className="dot closed" style={{ border: `3px solid ${e.color}` }}>
          {e.cross ? '×' : ''}
        </span>
      );
  }
}

const ROUTE_KEY_W = 44;

/** A route as the map draws it: the line on its white casing, then its arrowhead (base where the line ends). */
function RouteKey({ e }: { e: Extract<LegendEntry, { kind: 'route' }> }) {
  const box = e.arrowBox ?? 0;
  const half = box * ARROW_SHAPE.halfBase;
  const h = Math.ceil(Math.max(e.width + 2 * e.casing, 2 * half, 12)) + 2;
  const y = h / 2;
  const end = ROUTE_KEY_W - box * ARROW_SHAPE.length;
  const stroke = (color: string, width: number, opacity: number) => (
    <line
      x1={e.casing + e.width / 2}
      y1={y}
      x2={end}
      y2={y}
      stroke={color}
      strokeWidth={width}
      strokeOpacity={opacity}
      strokeLinecap="round"
    />
  );
  return (
    <svg className="route-key" width={ROUTE_KEY_W} height={h} aria-hidden="true">
      {stroke('#ffffff', e.width + 2 * e.casing, e.casingOpacity)}
      {stroke(e.color, e.width, e.opacity)}
      {box > 0 && (
        <polygon
          points={`${end},${y - half} ${ROUTE_KEY_W},${y} ${end},${y + half}`}
          fill={e.color}
          fillOpacity={e.opacity}
          stroke="#ffffff"
          strokeWidth={1}
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

/** A cluster's key: larger than a post's dot, with a white number, as the map draws it. */
const CLUSTER_DOT = { width: '1.1rem', height: '1.1rem', color: '#fff', fontSize: '0.7rem', lineHeight: 1 } as const;

/** The keyboard's way to the posts inside clusters: the same panel a click on a cluster opens. */
function ClusterListButton() {
  const t = useT();
  const select = useAppStore((s) => s.select);
  const open = async () => {
    const ids = await clusteredPostsOnScreen();
    if (ids.length > 0) select({ kind: 'posts', ids });
  };
  return (
    <>
      {' '}
      <button type="button" className="link" onClick={open}>
        {t('legendClusterList')}
      </button>
    </>
  );
}

export function Legend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const layers = useAppStore((s) => s.layers);
  const selection = useAppStore((s) => s.selection);
  const countries = useAppStore((s) => s.data.countries);
  const posts = useAppStore((s) => s.data.posts);
  const programmes = useProgrammes();
  const filters = useFilterContext();
  const clusters = useClustersOnScreen() > 0;
  // Open only where it leaves the map room: on a phone, and in a short frame such as an
  // embed (the full legend is ~480 px tall), it starts folded so it covers no data.
  const [open, setOpen] = useState(() => !window.matchMedia?.(`${PHONE_QUERY}, (max-height: 720px)`).matches);
  if (!filters || !countries) return null;
  // The same country states the map applies: the legend lists what is drawn.
  const m = legendModel(
    { ...legendViewOf({ countries, programmes, filters, selection, layers, posts }), clusters, lang },
    t,
  );
  return (
    <details
      className="legend"
      data-map-overlay=""
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h2 id="legend-heading">{t('legend')}</h2>
      </summary>
      <p className="legend-title">{m.title}</p>
      <ul className="legend-classes">
        {m.classes.map((e) => (
          <li key={e.id} data-entry={e.id}>
            <LegendSymbol e={e} />
            {e.label}
          </li>
        ))}
      </ul>
      <ul className="legend-items">
        {m.items.map((e) => (
          <li key={e.id} data-entry={e.id}>
            <LegendSymbol e={e} />
            {e.id === 'post-cluster' ? (
              <span>
                {e.label}
                <ClusterListButton />
              </span>
            ) : (
              e.label
            )}
          </li>
        ))}
      </ul>
      {m.caveat && <p className="caveat">{m.caveat}</p>}
      {m.notes.map((n) => (
        <p key={n} className="caveat legend-note">
          {n}
        </p>
      ))}
    </details>
  );
}
