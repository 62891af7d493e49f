/**
 * Country names. The text field is the one part that changes after mount:
 * it follows the language (../labelLanguage.ts).
 */
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_FONT_STACK } from '../../theme/font';
import { SOURCES } from './sources';

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
    'text-font': MAP_FONT_STACK,
    'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 4, 12, 6, 15],
    'text-max-width': 7,
    // Big countries win collisions; small ones appear as the user zooms in.
    'symbol-sort-key': ['-', 0, ['get', 'area_km2']],
    'text-padding': 3,
  },
  paint: { 'text-color': '#222222', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 },
};
