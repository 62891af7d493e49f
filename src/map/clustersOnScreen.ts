/**
 * Whether the screen map draws clusters of posts now, for the legend (which
 * explains clusters only when there are some) and its keyboard path to their
 * posts. A module-level value like liveMap.ts: it is a fact about the one
 * screen map, written by MapView, read by the legend far from it.
 */
import { useSyncExternalStore } from 'react';

let drawn = 0;
let lister: (() => Promise<string[]>) | null = null;
const listeners = new Set<() => void>();

/** MapView: how many clusters the map draws, and how to list their posts (null when the map goes). */
export function setClustersOnScreen(n: number, list: (() => Promise<string[]>) | null): void {
  lister = list;
  if (n === drawn) return;
  drawn = n;
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The number of clusters drawn now (0: none, or no map). */
export function useClustersOnScreen(): number {
  return useSyncExternalStore(subscribe, () => drawn);
}

/** The posts inside every cluster drawn now, by country and name. */
export function clusteredPostsOnScreen(): Promise<string[]> {
  return lister ? lister() : Promise.resolve([]);
}
