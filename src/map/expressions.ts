/**
 * The dynamic part of the style: filter expressions built from app state.
 * Pure; tests validate them with MapLibre's style-spec validator.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Lang } from '../state/types';

/** Posts of a status (open or closed). The programme filter hides posts through feature-state: see postVisibility.ts. */
export function postsFilter(status: 'open' | 'closed'): FilterSpecification {
  return ['==', ['get', 'status'], status];
}

/** Routes with (true) or without (false) a cited 2023 figure. */
export function routesFilter(withFigure: boolean): FilterSpecification {
  return withFigure ? ['!=', ['get', 'detections_2023'], null] : ['==', ['get', 'detections_2023'], null];
}

export function labelField(lang: Lang): ['get', string] {
  return ['get', `name_${lang}`];
}

export function contextLabelField(lang: Lang): ['get', string] {
  return ['get', `label_${lang}`];
}
