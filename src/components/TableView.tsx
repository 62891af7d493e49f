/**
 * The table equivalent of the map: the countries of the current filters with
 * roles, the year's metric (activity counts, or programmes active), the
 * programmes and their budgets with whose money they are; downloads give
 * exactly these rows.
 */
import { download } from '../data/download';
import { hedge } from '../i18n/hedge';
import { formatEuro } from '../i18n/numbers';
import { GOAL_IDS } from '../model/ids';
import { type ExportContext, rowsToCsv, rowsToGeojson } from '../state/exportRows';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { countryBudgetsInYear } from '../state/money';
import { type CountryRow, countryRows } from '../state/selectors';
import { yearMetric } from '../state/selectorsYearMetric';
import { useAppStore } from '../state/store';
import { useMoneyLabel } from './useMoneyLabels';

function BudgetCell({ row, ctx }: { row: CountryRow; ctx: ExportContext }) {
  const money = ctx.money;
  if (!money) return <td>–</td>;
  const listed = ctx.programmes.filter((p) => row.programmes.includes(p.id));
  const budgets = countryBudgetsInYear(listed, row.iso3, money.span);
  if (budgets.length === 0) return <td>–</td>;
  return (
    <td>
      {budgets.map(({ programme: p, line }) => {
        const whose = money.label(line.whose, p);
        return (
          <div
            key={`${p.id}-${line.phase.from}`}
            className={whose ? 'is-other' : undefined}
            data-whose={line.whose.kind}
          >
            {p[`name_${ctx.lang}`]}: {whose && <span className="money-whose">{whose}</span>}{' '}
            <span className="money-amount">{money.euro(line.amount, line.phase)}</span>
          </div>
        );
      })}
    </td>
  );
}

export function TableView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const select = useAppStore((s) => s.select);
  const filters = useFilterContext();
  const programmes = useProgrammes();
  const label = useMoneyLabel();
  if (!filters || !data.countries) return <p>{t('loading')}</p>;
  const { goal, year, selectedProgrammes: selected } = filters;
  const metric = yearMetric(filters);
  const rows = countryRows(data.countries, programmes, filters);
  const goals = goal === 'both' ? GOAL_IDS : [goal];
  const ctx: ExportContext = {
    lang,
    year: year,
    goalNames: Object.fromEntries(GOAL_IDS.map((g) => [g, t(g)])),
    programmes,
    noData: t('noDataYear'),
    money: {
      span: filters,
      label,
      euro: (amount, ph) => hedge(formatEuro(amount, lang), ph.budget_qualifier, lang),
    },
  };
  const programmeName = (id: string) => programmes.find((p) => p.id === id)?.[`name_${lang}`] ?? id;
  const file = `migratiekaart-${year}${selected.length ? `-${selected.join('-')}` : ''}`;
  return (
    <section className="table-view" aria-labelledby="table-caption" data-metric={metric}>
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
              {metric === 'activities' ? (
                goals.map((g) => (
                  <th scope="col" key={g}>
                    {t('tableActivities')}: {t(g)}
                  </th>
                ))
              ) : (
                <th scope="col">{t('tableProgrammesActive', { year })}</th>
              )}
              <th scope="col">{t('tableProgrammes')}</th>
              <th scope="col">{t('tableBudgets', { year })}</th>
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
                {metric === 'activities' ? (
                  goals.map((g) => (
                    <td key={g} className="num">
                      {r.activity.kind === 'count' ? (r.activity.byGoal[g] ?? '–') : '–'}
                    </td>
                  ))
                ) : (
                  <td className="num">{r.programmes.length || '–'}</td>
                )}
                <td>{r.programmes.map(programmeName).join(', ') || '–'}</td>
                <BudgetCell row={r} ctx={ctx} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
