/**
 * The dynamic part of the style: filter expressions built from app state.
 * Pure; tests validate them with MapLibre's style-spec validator.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Lang } from '../state/types';

/** Posts of a status, narrowed to posts in the given countries (null: all). */
export function postsFilter(status: 'open' | 'closed', countries: string[] | null): FilterSpecification {
  const byStatus: FilterSpecification = ['==', ['get', 'status'], status];
  if (countries === null) return byStatus;
  // By country, not by post id: at most ~240 values however many posts there are.
  return ['all', byStatus, ['in', ['get', 'iso3'], ['literal', countries]]];
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
