/**
 * The country panel's long sections: focus roles, activity counts, programme
 * cards, posts, moments and data notes. CountryDetails renders them a moment
 * after the country's name and key figures (useDeferredValue), so selecting a
 * country does not hold up the map's frame while dozens of cards render.
 */
import { useState } from 'react';
import type { FilterContext } from '../state/filterContext';
import { useT } from '../state/hooks';
import type { CountryPanelModel } from '../state/panelModel';
import { useAppStore } from '../state/store';
import { CountryMoments } from './CountryMoments';
import { DerivedMarks } from './DerivedMark';
import { ProgrammeCard } from './ProgrammeCard';
import { SourceRef } from './SourceRef';

/**
 * Programme cards shown before "show all": the report has at most 4 per country,
 * but a panel listing dozens (more editions, IATI-scale data) would be slow to
 * open and hard to read.
 */
const PROGRAMMES_SHOWN = 10;

export function CountrySections({ model, filters }: { model: CountryPanelModel; filters: FilterContext }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const { iso3 } = model;
  // Which country's long programme list was expanded; another country starts short again.
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const { year } = filters;
  const { props, edition, goals, focus, activity, programmes, posts, moments, notes } = model;
  return (
    <>
      {!props.neutral && (
        <section aria-labelledby="focus-h">
          <h3 id="focus-h">{t('focusRoles')}</h3>
          {focus === null ? (
            <p>{t('noDataYear')}</p>
          ) : focus.filter((g) => goals.includes(g)).length === 0 ? (
            <p>{t('notFocus')}</p>
          ) : (
            <ul className="roles">
              {focus
                .filter((g) => goals.includes(g))
                .map((g) => (
                  <li key={g} className={`role role-${g}`}>
                    {t(g)} <SourceRef source={edition?.focus_sources[g] ?? ''} />
                  </li>
                ))}
            </ul>
          )}
        </section>
      )}

      {!props.neutral && (
        <section aria-labelledby="act-h">
          <h3 id="act-h">
            {t('activities')} ({year})
          </h3>
          {activity.kind === 'no-data-year' ? (
            <p className="no-data">{t('noDataYear')}</p>
          ) : (
            <ul className="counts">
              {goals.map((g) => {
                const n = activity.kind === 'count' ? activity.byGoal[g] : undefined;
                return (
                  <li key={g} data-goal={g}>
                    <span className="count-goal">{t(g)}:</span>{' '}
                    <strong>{n === undefined ? t('noActivity') : t('activityCount', { n })}</strong>
                    {n !== undefined && <SourceRef source={edition?.activity_sources[g] ?? ''} />}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}

      {!props.neutral && (
        <section aria-labelledby="prog-h">
          <h3 id="prog-h">{t('programmesInYear', { year })}</h3>
          {programmes.length === 0 ? (
            <p>{t('noProgrammes')}</p>
          ) : (
            <>
              {(expandedFor === iso3 ? programmes : programmes.slice(0, PROGRAMMES_SHOWN)).map((view) => (
                <ProgrammeCard key={view.programme.id} view={view} span={filters} iso3={iso3} />
              ))}
              {expandedFor !== iso3 && programmes.length > PROGRAMMES_SHOWN && (
                <button type="button" className="link" onClick={() => setExpandedFor(iso3)}>
                  {t('showAllProgrammes', { n: programmes.length })}
                </button>
              )}
            </>
          )}
        </section>
      )}

      {posts.length > 0 && (
        <section aria-labelledby="posts-h">
          <h3 id="posts-h">{t('posts')}</h3>
          <ul>
            {posts.map(({ post: p, marks }) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => select({ kind: 'post', id: p.id })}>
                  {p[`name_${lang}`]}
                </button>{' '}
                ({p.status === 'closed' ? t('postClosed') : t('postOpen')})
                <DerivedMarks marks={marks} /> <SourceRef source={p.source} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {!props.neutral && <CountryMoments iso3={iso3} year={year} moments={moments.map((x) => x.moment)} />}

      {notes.length > 0 && (
        <section aria-labelledby="notes-h">
          <h3 id="notes-h">{t('dataNotes')}</h3>
          <ul className="notes">
            {notes.map(({ note: n, marks }) => (
              <li key={n.id}>
                {n[`text_${lang}`]}
                <DerivedMarks marks={marks} /> <SourceRef source={n.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
