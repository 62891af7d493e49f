/**
 * The style's one language-dependent part: which property the label layers
 * show. The start style and a language change read the same list, so a label
 * layer added here follows the language everywhere.
 */
import type { Lang } from '../state/types';
import { contextLabels } from './layers/context';
import { labels } from './layers/labels';
import { routesMarks } from './layers/routes';

export function labelField(lang: Lang): ['get', string] {
  return ['get', `name_${lang}`];
}

/** The context labels' and the route figures' field: compiled or built per language. */
function contextLabelField(lang: Lang): ['get', string] {
  return ['get', `label_${lang}`];
}

/** [layer id, text-field] of every label layer in a language. */
export function labelTextFields(lang: Lang): [string, ['get', string]][] {
  return [
    [labels.id, labelField(lang)],
    [contextLabels.id, contextLabelField(lang)],
    [routesMarks.id, contextLabelField(lang)],
  ];
}
