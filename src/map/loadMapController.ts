/**
 * The MapController with MapLibre (~230 KB brotli, the largest file of the
 * first load) as a chunk of its own. main.tsx asks for it at start-up, so it
 * downloads beside the app, but the page's first render no longer waits for
 * it: the header, filters and headline paint while MapLibre is still on its
 * way, and MapView builds the map once both it and the country shapes are in.
 */
import type { MapController } from './MapController';

type ControllerModule = { MapController: typeof MapController };

let pending: Promise<ControllerModule> | null = null;

/** The chunk, fetched once; a failed fetch (offline before the service worker had it) is tried afresh next time. */
export function loadMapController(): Promise<ControllerModule> {
  pending ??= import('./MapController').catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}
