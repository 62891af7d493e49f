/**
 * Which programmes the filter list shows. The 2023 report has 22 and all of
 * them show. With many more (later editions, IATI-scale lists) a list of
 * thousands of checkboxes helps nobody and costs a goal switch hundreds of
 * DOM rows (docs/performance.md), so past LIST_LIMIT the list shows the
 * chosen programmes plus the first LIST_LIMIT that match a typed name, in the
 * data's order, with "show all" one click away.
 */
import { fold } from '../text/fold';

export const LIST_LIMIT = 30;
/** Past this many rows ("show all" of a long list) only the rows in view are rendered (ProgrammeWindow.tsx). */
export const VIRTUAL_FROM = 60;

interface Listable {
  id: string;
  name_nl: string;
  name_en: string;
}

export interface ProgrammeListRows<P> {
  rows: P[];
  /** Programmes the goal and the name query let through (what "show all" shows). */
  matching: number;
  /** True when the list is long enough to need the name field and "show all". */
  long: boolean;
}

export function programmeListRows<P extends Listable>(
  listed: readonly P[],
  selected: readonly string[],
  query: string,
  lang: 'nl' | 'en',
  showAll: boolean,
  limit = LIST_LIMIT,
): ProgrammeListRows<P> {
  const long = listed.length > limit;
  if (!long) return { rows: [...listed], matching: listed.length, long };
  const q = fold(query.trim());
  const chosen = new Set(selected);
  const matches = q ? listed.filter((p) => fold(p[`name_${lang}`]).includes(q) || p.id === q) : listed;
  if (showAll) return { rows: [...matches], matching: matches.length, long };
  // A chosen programme never disappears from the list, so it can always be unticked where it was ticked.
  const matchSet = new Set(matches);
  let others = 0;
  const rows = listed.filter((p) => chosen.has(p.id) || (matchSet.has(p) && others++ < limit));
  return { rows, matching: matches.length, long };
}
