/**
 * Text of an edition's files -> typed, schema-checked data, or every error
 * found. Pure: the caller reads the files (scripts/, tests) and passes text.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { ZodIssue } from 'zod';
import type { DataError } from './dataError';
import { EDITION_FILES, type EditionData, type EditionKey } from './editionFiles';

export type EditionTexts = Partial<Record<string, string>>;

export interface ParseResult {
  data: EditionData | null;
  errors: DataError[];
}

export function parseEdition(dir: string, texts: EditionTexts): ParseResult {
  const errors: DataError[] = [];
  const data: Partial<Record<EditionKey, unknown>> = {};
  for (const [key, spec] of Object.entries(EDITION_FILES) as [EditionKey, (typeof EDITION_FILES)[EditionKey]][]) {
    const file = `${dir}/${spec.file}`;
    const text = texts[spec.file];
    if (text === undefined) {
      errors.push({ file, message: 'file is missing', code: 'missing-file' });
      continue;
    }
    const isCsv = spec.file.endsWith('.csv');
    let raw: unknown;
    try {
      raw = isCsv ? readCsv(text) : parseYaml(text);
    } catch (e) {
      errors.push({ file, message: `cannot be read: ${(e as Error).message.split('\n')[0]}`, code: 'syntax' });
      continue;
    }
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) data[key] = parsed.data;
    else errors.push(...parsed.error.issues.map((issue) => issueToError(file, isCsv, raw, issue)));
  }
  return { data: errors.length === 0 ? (data as EditionData) : null, errors };
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
