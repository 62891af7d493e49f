/**
 * Layers whose figures belong to one year: the routes (Frontex figures of the
 * edition's reporting year) and the top-5 circles (the edition's chapter 1).
 * They are hidden in every other year rather than shown as if they were that
 * year's; the legend says so (legendEntries.ts). Pure.
 */
import type { FilterContext } from '../state/filterContext';
import type { Layers } from '../state/types';

/** The toggled layers whose data are of a single year. */
export const YEAR_BOUND_LAYERS = ['routes', 'context'] as const;
export type YearBoundLayer = (typeof YEAR_BOUND_LAYERS)[number];

export interface LayersInYear {
  /** What the map draws: the user's toggles, minus year-bound layers outside their year. */
  shown: Layers;
  /** Layers the user has on that this year hides, with the year their figures belong to. */
  hiddenByYear: { layer: YearBoundLayer; year: number }[];
}

/** The year of a year-bound layer's figures: the latest edition's reporting year (its routes and statistics files). */
export function layerYear(_layer: YearBoundLayer, f: Pick<FilterContext, 'latestEdition'>): number {
  return f.latestEdition;
}

export function layersInYear(layers: Layers, f: Pick<FilterContext, 'year' | 'latestEdition'>): LayersInYear {
  const shown = { ...layers };
  const hiddenByYear: LayersInYear['hiddenByYear'] = [];
  for (const layer of YEAR_BOUND_LAYERS) {
    const year = layerYear(layer, f);
    if (layers[layer] && f.year !== year) {
      shown[layer] = false;
      hiddenByYear.push({ layer, year });
    }
  }
  return { shown, hiddenByYear };
}
