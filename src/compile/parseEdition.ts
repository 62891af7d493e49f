/**
 * Text of an edition's files -> typed, schema-checked data, or every error
 * found. Pure: the caller reads the files (scripts/, tests) and passes text.
 * With errors, `partial` holds what did parse (salvage.ts), so the cross-file
 * checks can run in the same pass and every error shows in one run.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { type ZodIssue, z } from 'zod';
import type { DataError } from './dataError';
import { EDITION_FILES, type EditionData, type EditionKey } from './editionFiles';
import { relocate, type Salvaged, salvage } from './salvage';

export type EditionTexts = Partial<Record<string, string>>;

export interface ParseResult {
  data: EditionData | null;
  errors: DataError[];
  /**
   * When there are errors: the records that passed, and how to turn the
   * cross-checks' errors on them into errors of the files as written. Null
   * when a file the cross-checks cannot do without (edition.yaml,
   * statistics.yaml, routes.yaml) could not be read at all.
   */
  partial: { data: EditionData; adjust: (crossErrors: DataError[]) => DataError[] } | null;
}

/** Cross-check codes that can follow from a record left out, and the file whose records they count or refer to. */
const CONSEQUENCES: Record<string, EditionKey[]> = {
  'unknown-programme': ['programmes'],
  'unknown-dialogue': ['dialogues'],
  'unknown-goal': ['edition'],
  'unknown-figure': ['statistics'],
  'focus-count': ['focus', 'edition'],
};

export function parseEdition(dir: string, texts: EditionTexts): ParseResult {
  const errors: DataError[] = [];
  const data: Partial<Record<EditionKey, unknown>> = {};
  /** Files with errors: the part that passed (null: nothing could be salvaged). */
  const salvaged = new Map<EditionKey, Salvaged | null>();
  for (const [key, spec] of Object.entries(EDITION_FILES) as [EditionKey, (typeof EDITION_FILES)[EditionKey]][]) {
    const file = `${dir}/${spec.file}`;
    const text = texts[spec.file];
    if (text === undefined) {
      errors.push({ file, message: 'file is missing', code: 'missing-file' });
      salvaged.set(key, null);
      continue;
    }
    const isCsv = spec.file.endsWith('.csv');
    let raw: unknown;
    try {
      raw = isCsv ? readCsv(text) : parseYaml(text);
    } catch (e) {
      errors.push({ file, message: `cannot be read: ${(e as Error).message.split('\n')[0]}`, code: 'syntax' });
      salvaged.set(key, null);
      continue;
    }
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) data[key] = parsed.data;
    else {
      errors.push(...parsed.error.issues.map((issue) => issueToError(file, isCsv, raw, issue)));
      salvaged.set(key, salvage(spec.schema, raw));
    }
  }
  if (errors.length === 0) return { data: data as EditionData, errors, partial: null };
  return { data: null, errors, partial: partialEdition(dir, data, salvaged) };
}

function partialEdition(
  dir: string,
  parsed: Partial<Record<EditionKey, unknown>>,
  salvaged: Map<EditionKey, Salvaged | null>,
): ParseResult['partial'] {
  const data = { ...parsed };
  for (const [key, part] of salvaged) {
    if (part) data[key] = part.value;
    // A list file that could not be read at all checks as empty; the others are needed whole.
    else if (EDITION_FILES[key].schema instanceof z.ZodArray) data[key] = [];
    else return null;
  }
  const fileKey = new Map(Object.entries(EDITION_FILES).map(([k, spec]) => [`${dir}/${spec.file}`, k as EditionKey]));
  const isConsequence = (e: DataError) =>
    (CONSEQUENCES[e.code] ?? []).some((key) => {
      if (!salvaged.has(key)) return false;
      const part = salvaged.get(key);
      return !part || e.code === 'focus-count' || (typeof e.value === 'string' && part.droppedIds.has(e.value));
    });
  const adjust = (crossErrors: DataError[]) =>
    crossErrors
      .filter((e) => !isConsequence(e))
      .map((e) => {
        const key = fileKey.get(e.file);
        const part = key ? salvaged.get(key) : undefined;
        return part ? relocate(e, part.indexMaps) : e;
      });
  return { data: data as EditionData, adjust };
}

function readCsv(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

function issueToError(file: string, isCsv: boolean, raw: unknown, issue: ZodIssue): DataError {
  const path = issue.path;
  const value = path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined),
    raw,
  );
  const field = [...path].reverse().find((p): p is string => typeof p === 'string');
  const base = { file, field, value, message: issue.message, code: 'schema' };
  if (isCsv && typeof path[0] === 'number') return { ...base, row: path[0] + 2 };
  return { ...base, path: formatPath(path) };
}

export function formatPath(path: (string | number)[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}
