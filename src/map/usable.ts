/**
 * "Usable map": the first frame that shows the given sources' data, drawn
 * after their tiles are loaded, with the view's data in place. The bench
 * (time to usable map, scripts/bench) and tests wait for it; the user sees
 * no difference. Clicks are wired from the map's construction, so a usable
 * frame is also a clickable one.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCES } from './layers/sources';

/** What a usable first view shows: the countries' fill, the focus-role outlines and the posts. */
const USABLE_SOURCES = [SOURCES.countries, SOURCES.outlines, SOURCES.posts];

/** Calls `onUsable` once, from the first `render` in which every source is loaded and `hasData()` holds. */
export function watchUsable(
  map: MapLibreMap,
  hasData: () => boolean,
  onUsable: () => void,
  sources: readonly string[] = USABLE_SOURCES,
): void {
  const check = () => {
    // `render` fires right after the frame is drawn: what is loaded now is what that frame showed.
    if (!hasData() || !sources.every((id) => map.getSource(id) && map.isSourceLoaded(id))) return;
    map.off('render', check);
    onUsable();
  };
  map.on('render', check);
}
