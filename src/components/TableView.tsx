/**
 * The table equivalent of the map: the countries of the current filters with
 * roles, counts and programmes; downloads give exactly these rows.
 */
import { download } from '../data/download';
import { GOAL_IDS } from '../model/ids';
import { rowsToCsv, rowsToGeojson } from '../state/exportRows';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { countryRows } from '../state/selectors';
import { useAppStore } from '../state/store';
import { AboutData } from './AboutData';
import { DerivedMark } from './DerivedMark';

export function TableView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const select = useAppStore((s) => s.select);
  const filters = useFilterContext();
  const programmes = useProgrammes();
  if (!filters || !data.countries) return <p>{t('loading')}</p>;
  const { goal, year, selectedProgrammes: selected } = filters;
  const rows = countryRows(data.countries, programmes, filters);
  const goals = goal === 'both' ? GOAL_IDS : [goal];
  const ctx = {
    lang,
    year: year,
    goalNames: Object.fromEntries(GOAL_IDS.map((g) => [g, t(g)])),
    programmes,
    noData: t('noDataYear'),
    derivedWords: { derived: t('derived'), years: t('yearsDerived') },
  };
  const programmeName = (id: string) => programmes.find((p) => p.id === id)?.[`name_${lang}`] ?? id;
  const file = `migratiekaart-${year}${selected.length ? `-${selected.join('-')}` : ''}`;
  return (
    <section className="table-view" aria-labelledby="table-caption">
      <div className="table-tools">
        <button type="button" onClick={() => download(`${file}.csv`, rowsToCsv(rows, ctx), 'text/csv;charset=utf-8')}>
          {t('downloadCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              `${file}.geojson`,
              JSON.stringify(rowsToGeojson(rows, data.countries!, ctx)),
              'application/geo+json',
            )
          }
        >
          {t('downloadGeojson')}
        </button>
      </div>
      <div className="table-scroll">
        <table>
          <caption id="table-caption">{t('tableCaption', { n: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('country')}</th>
              <th scope="col">{t('tableRoles')}</th>
              {goals.map((g) => (
                <th scope="col" key={g}>
                  {t('tableActivities')}: {t(g)}
                </th>
              ))}
              <th scope="col">{t('tableProgrammes')}</th>
              <th scope="col">{t('tableDerived')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso3} data-iso3={r.iso3}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => select({ kind: 'country', iso3: r.iso3 })}>
                    {r[`name_${lang}`]}
                  </button>
                </th>
                <td>{r.focus === null ? t('noDataYear') : r.focus.map((g) => t(g)).join(', ') || '–'}</td>
                {goals.map((g) => (
                  <td key={g} className="num">
                    {r.activity.kind === 'no-data-year'
                      ? t('noDataYear')
                      : r.activity.kind === 'count'
                        ? (r.activity.byGoal[g] ?? '–')
                        : '–'}
                  </td>
                ))}
                <td>{r.programmes.map(programmeName).join(', ') || '–'}</td>
                <td className="derived-cell">
                  {r.derived.length === 0 ? (
                    '–'
                  ) : (
                    <ul>
                      {r.derived.map((e) => (
                        <li key={`${e.programme} ${e.mark.field} ${e.mark.basis_nl}`}>
                          {programmeName(e.programme)}:
                          <DerivedMark mark={e.mark} label={e.mark.field === 'years' ? t('yearsDerived') : undefined} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AboutData id="table-about-data" />
    </section>
  );
}
