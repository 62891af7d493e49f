/**
 * Statement or inference, for every record of every file (issue 13):
 * - a `derived` entry names a field the record has (dot, [index] and [ISO3]
 *   steps: "countries[ARM].from"); an empty basis is a schema error;
 * - edition.yaml `csv_derived` names rows and columns that exist;
 * - a `source` that cites the reference names a file of ../reference/;
 * - a `*_nl` text has its `*_en` and the other way round.
 * A phase's `years_stated: false` without a basis is a schema rule (schema.ts).
 */
import type { DataError } from '../dataError';
import type { EditionData } from '../editionFiles';
import { type CheckContext, FileReport, type Location } from './context';
import { type AnyRecord, allRecords } from './records';

/** The files under ../shared/reference/ a source may cite as "ref: <file>". */
export const REFERENCE_FILES = ['routes-and-context.md'] as const;

/** Does `path` name a value of `record`? Steps: `a.b`, `a[0]`, `a[ARM]` (the element whose iso3 or id is ARM). */
export function resolvesPath(record: unknown, path: string): boolean {
  const steps = path.match(/[^.[\]]+|\[[^\]]*\]/g);
  if (!steps || steps.join('').length !== path.replace(/\./g, '').length) return false;
  let node: unknown = record;
  for (const raw of steps) {
    const bracket = raw.startsWith('[');
    const step = bracket ? raw.slice(1, -1) : raw;
    if (bracket) {
      if (!Array.isArray(node)) return false;
      node = /^\d+$/.test(step)
        ? node[Number(step)]
        : node.find((x) => x && typeof x === 'object' && (x.iso3 === step || x.id === step));
    } else {
      if (!node || typeof node !== 'object' || Array.isArray(node) || !(step in node)) return false;
      node = (node as Record<string, unknown>)[step];
    }
    if (node === undefined) return false;
  }
  return true;
}

const filled = (v: unknown) =>
  v !== undefined && v !== null && (typeof v !== 'string' || v.trim() !== '') && (!Array.isArray(v) || v.length > 0);

/** `x_nl` without `x_en`, or the other way round, anywhere in the record (not inside `derived`). */
function translationGaps(node: unknown, path = ''): { field: string; missing: string; value: unknown }[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((x, i) => translationGaps(x, `${path}[${i}]`));
  const o = node as Record<string, unknown>;
  const out: { field: string; missing: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key === 'derived') continue;
    const m = key.match(/^(.*)_(nl|en)$/);
    if (m) {
      const other = `${m[1]}_${m[2] === 'nl' ? 'en' : 'nl'}`;
      if (filled(value) && !filled(o[other]))
        out.push({ field: `${path ? `${path}.` : ''}${key}`, missing: other, value });
    } else out.push(...translationGaps(value, `${path ? `${path}.` : ''}${key}`));
  }
  return out;
}

function checkRecord(r: AnyRecord, report: FileReport): void {
  const where = `record ${r.label}`;
  const derived = r.record.derived as Record<string, unknown> | undefined;
  for (const path of Object.keys(derived ?? {}))
    if (path === 'derived' || !resolvesPath(r.record, path))
      report.add(r.loc, {
        field: `derived.${path}`,
        value: path,
        message: `${where}: the derived entry names no field of the record`,
        code: 'derived-path',
      });
  const source = r.record.source;
  if (typeof source === 'string' && source.startsWith('ref: ')) {
    const file = source.slice(5).split(/[,;\s]/)[0];
    if (!REFERENCE_FILES.includes(file as (typeof REFERENCE_FILES)[number]))
      report.add(r.loc, {
        field: 'source',
        value: source,
        message: `${where}: cites no file of the reference (${REFERENCE_FILES.join(', ')})`,
        code: 'source',
      });
  }
  for (const gap of translationGaps(r.record))
    report.add(r.loc, {
      field: gap.field,
      value: gap.value,
      message: `${where}: has no ${gap.missing} (every text is in both languages)`,
      code: 'translation',
    });
}

/** edition.yaml csv_derived: each row key names a row (or "*"), each field a column of the file. */
function checkCsvDerived(d: EditionData, report: FileReport): void {
  const rows: Record<string, readonly Record<string, unknown>[]> = { 'posts.csv': d.posts };
  const keyOf = (_file: string, r: Record<string, unknown>) => String(r.id);
  for (const [file, byRow] of Object.entries(d.edition.csv_derived ?? {})) {
    const list = rows[file] ?? [];
    for (const [rowKey, fields] of Object.entries(byRow ?? {})) {
      const loc: Location = { path: `csv_derived.${file}.${rowKey}` };
      const row = rowKey === '*' ? list[0] : list.find((r) => keyOf(file, r) === rowKey);
      if (!row) {
        report.add(loc, { field: rowKey, value: rowKey, message: `no row ${rowKey} in ${file}`, code: 'derived-path' });
        continue;
      }
      for (const field of Object.keys(fields))
        if (!(field in row))
          report.add(loc, {
            field,
            value: field,
            message: `${file} has no column ${field} to mark as derived`,
            code: 'derived-path',
          });
    }
  }
}

export function checkDerived(ctx: CheckContext): DataError[] {
  const reports = new Map<string, FileReport>();
  const reportFor = (file: string) => {
    const known = reports.get(file);
    if (known) return known;
    const fresh = new FileReport(ctx.file(file), ctx);
    reports.set(file, fresh);
    return fresh;
  };
  for (const r of allRecords(ctx.data)) checkRecord(r, reportFor(r.file));
  checkCsvDerived(ctx.data, reportFor('edition.yaml'));
  return [...reports.values()].flatMap((r) => r.errors);
}
