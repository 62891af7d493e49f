/**
 * Country names. The text field is the one part that changes after mount:
 * it follows the language (../labelLanguage.ts).
 */
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { SOURCES } from './sources';

type TextSize = NonNullable<NonNullable<SymbolLayerSpecification['layout']>['text-size']>;

/** Screen size, and the briefing size (~20 px at the zooms scenes and slides use) the back of a room can read. */
export function labelSizeFor(large: boolean): TextSize {
  return large
    ? ['interpolate', ['linear'], ['zoom'], 1, 15, 3, 19, 5, 21, 7, 24]
    : ['interpolate', ['linear'], ['zoom'], 1, 11, 4, 13, 6, 15];
}

export const labels: SymbolLayerSpecification = {
  id: 'labels',
  type: 'symbol',
  source: SOURCES.labels,
  // Small countries are named from closer in: at world view only large ones.
  filter: [
    'step',
    ['zoom'],
    ['>=', ['get', 'area_km2'], 250000],
    2.5,
    ['>=', ['get', 'area_km2'], 60000],
    3.5,
    ['>=', ['get', 'area_km2'], 8000],
    5,
    true,
  ],
  layout: {
    'text-field': ['get', 'name_nl'],
    'text-size': labelSizeFor(false),
    // A post symbol claims its place first (posts.ts, postsCollision): the name moves beside it instead of under it.
    'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
    'text-radial-offset': 0.6,
    'text-max-width': 7,
    // Big countries win collisions; small ones appear as the user zooms in.
    'symbol-sort-key': ['-', 0, ['get', 'area_km2']],
    'text-padding': 3,
  },
  paint: { 'text-color': '#222222', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 },
};
