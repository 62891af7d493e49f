/**
 * The part of a file that passed its schema, so the cross-file checks can run
 * in the same pass as the schema errors: an editor fixes a new edition in one
 * run, not one fault per run.
 *
 * Records are all or nothing: a record with a schema error is left out, and
 * so are its own cross-checks. What is salvaged is a top-level list's valid
 * records, or a top-level object whose scalar fields are valid and whose list
 * fields keep their valid records. Errors of the cross-checks name positions
 * in the salvaged lists; `relocate` maps them back to the file's own rows and
 * paths.
 */
import { type ZodTypeAny, z } from 'zod';
import type { DataError } from './dataError';

/** Salvaged index -> the record's index in the file, per list ('' = the file's top-level list). */
export type IndexMaps = Record<string, number[]>;

export interface Salvaged {
  value: unknown;
  indexMaps: IndexMaps;
  /** Ids of the records left out (a reference to one of them is not reported again). */
  droppedIds: Set<string>;
}

/** The valid part of `raw`, or null when the file's shape itself is broken (then no cross-checks). */
export function salvage(schema: ZodTypeAny, raw: unknown): Salvaged | null {
  const droppedIds = new Set<string>();
  const indexMaps: IndexMaps = {};
  const list = (element: ZodTypeAny, items: unknown, key: string): unknown[] | null => {
    if (!Array.isArray(items)) return null;
    const kept: unknown[] = [];
    const map: number[] = [];
    items.forEach((item, i) => {
      const r = element.safeParse(item);
      if (r.success) {
        kept.push(r.data);
        map.push(i);
      } else if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string')
        droppedIds.add((item as { id: string }).id);
    });
    indexMaps[key] = map;
    return kept;
  };
  if (schema instanceof z.ZodArray) {
    const value = list(schema.element, raw, '');
    return value ? { value, indexMaps, droppedIds } : null;
  }
  if (!(schema instanceof z.ZodObject) || !raw || typeof raw !== 'object') return null;
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, ZodTypeAny>)) {
    const fieldRaw = (raw as Record<string, unknown>)[key];
    const whole = field.safeParse(fieldRaw);
    if (whole.success) value[key] = whole.data;
    else if (field instanceof z.ZodArray) {
      const kept = list(field.element, fieldRaw, key);
      if (!kept) return null;
      value[key] = kept;
    } else return null;
  }
  return { value, indexMaps, droppedIds };
}

const LIST_AT = /^([A-Za-z_]*)\[(\d+)\]/;

/** A cross-check error at a salvaged position, moved to the record's row or path in the file. */
export function relocate(e: DataError, indexMaps: IndexMaps): DataError {
  const top = indexMaps[''];
  const row = (r: number) => (top ? (top[r - 2] ?? r - 2) + 2 : r);
  const path = (p: string) =>
    p.replace(LIST_AT, (whole, key: string, i: string) => {
      const map = indexMaps[key];
      return map ? `${key}[${map[Number(i)] ?? i}]` : whole;
    });
  const message = e.message
    .replace(/\brow (\d+)/g, (_, r: string) => `row ${row(Number(r))}`)
    .replace(/at ([A-Za-z_]*\[\d+\][^\s;,]*)/g, (_, p: string) => `at ${path(p)}`);
  return {
    ...e,
    ...(e.row !== undefined ? { row: row(e.row) } : {}),
    ...(e.path !== undefined ? { path: path(e.path) } : {}),
    message,
  };
}
