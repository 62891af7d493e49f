/**
 * How the records of several editions combine: records of one event or
 * programme merge by id (the later edition's account wins); records of one
 * report's findings keep the edition that reports them.
 */
import type { EditionData } from './editionFiles';

/** One edition folder, parsed and checked. */
export interface LoadedEdition {
  year: number;
  data: EditionData;
}

/**
 * Records that belong to the edition that reports them (results, notes):
 * each keeps its edition's year, so a second edition that repeats an id adds
 * its own record and the app shows one edition's at a time (state/editions.ts).
 */
export function ofEdition<T>(editions: LoadedEdition[], pick: (d: EditionData) => T[]): (T & { edition: number })[] {
  return editions.flatMap((e) => pick(e.data).map((r) => ({ ...r, edition: e.year })));
}

/** Later editions replace earlier records with the same id. */
export function mergeById<T extends { id: string }>(lists: T[][]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) for (const item of list) byId.set(item.id, item);
  return [...byId.values()];
}
