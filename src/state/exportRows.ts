/**
 * The table's rows as CSV and GeoJSON: exactly what the table shows, in the
 * active language. Pure; the download buttons only wrap the result in a Blob.
 */
import type { CountriesGeo, ProgrammeRecord } from '../data/types';
import { GOAL_IDS } from '../model/ids';
import { countryBudgetsInYear, type Whose } from './money';
import type { CountryRow, YearSpan } from './selectors';
import type { Lang } from './types';

export interface ExportContext {
  lang: Lang;
  year: number;
  goalNames: Record<string, string>;
  programmes: ProgrammeRecord[];
  noData: string;
  /**
   * Budgets of the year, split by whose money they are: the country's own, or
   * labelled (programme total, another country's share). Without it the
   * budget columns stay empty.
   */
  money?: {
    span: YearSpan;
    label: (w: Whose, p: ProgrammeRecord) => string | null;
    euro: (amount: number, p: ProgrammeRecord['phases'][number]) => string;
  };
}

/** "COMPASS: EUR 100 mln (Programmatotaal, 14 landen)"; the country's own budgets carry no label. */
function budgetCells(row: CountryRow, ctx: ExportContext): { own: string; other: string } {
  if (!ctx.money) return { own: '', other: '' };
  const { span, label, euro } = ctx.money;
  const own: string[] = [];
  const other: string[] = [];
  const listed = ctx.programmes.filter((p) => row.programmes.includes(p.id));
  for (const { programme: p, line } of countryBudgetsInYear(listed, row.iso3, span)) {
    const text = `${p[`name_${ctx.lang}`]}: ${euro(line.amount, line.phase)}`;
    const whose = label(line.whose, p);
    if (whose) other.push(`${text} (${whose})`);
    else own.push(text);
  }
  return { own: own.join('; '), other: other.join('; ') };
}

/** Spreadsheet-safe: quotes, and a leading ' for cells that would start a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function flatten(row: CountryRow, ctx: ExportContext) {
  const name = (id: string) => ctx.programmes.find((p) => p.id === id)?.[`name_${ctx.lang}`] ?? id;
  const counts = Object.fromEntries(
    GOAL_IDS.map((g) => [
      `activities_${g}`,
      row.activity.kind === 'no-data-year'
        ? ctx.noData
        : row.activity.kind === 'count'
          ? (row.activity.byGoal[g] ?? '')
          : '',
    ]),
  );
  const budgets = budgetCells(row, ctx);
  return {
    iso3: row.iso3,
    name: row[`name_${ctx.lang}`],
    year: ctx.year,
    focus: row.focus === null ? ctx.noData : row.focus.map((g) => ctx.goalNames[g] ?? g).join('; '),
    ...counts,
    programmes_active: row.programmes.length,
    programmes: row.programmes.map(name).join('; '),
    budgets_for_this_country: budgets.own,
    budgets_programme_total_or_other_country: budgets.other,
  };
}

export function rowsToCsv(rows: CountryRow[], ctx: ExportContext): string {
  const flat = rows.map((r) => flatten(r, ctx));
  const header = Object.keys(
    flat[0] ??
      flatten(
        { iso3: '', name_nl: '', name_en: '', focus: [], activity: { kind: 'none' }, programmes: [], matched: false },
        ctx,
      ),
  );
  const lines = [
    header.join(','),
    ...flat.map((r) => header.map((h) => csvCell((r as Record<string, string | number>)[h] ?? '')).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function rowsToGeojson(rows: CountryRow[], countries: CountriesGeo, ctx: ExportContext) {
  const byIso = new Map(countries.features.map((f) => [f.properties.iso3, f]));
  return {
    type: 'FeatureCollection' as const,
    features: rows.flatMap((r) => {
      const f = byIso.get(r.iso3);
      return f ? [{ type: 'Feature' as const, geometry: f.geometry, properties: flatten(r, ctx) }] : [];
    }),
  };
}
