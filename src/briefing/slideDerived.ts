/**
 * What a slide shows that the product derived, for its footer (issue 13): the
 * PNG leaves the app, so it names the derived values it draws; their basis
 * stays one click away in the app (panels, table). Pure, for unit tests.
 */
import type { AppData } from '../data/types';
import { formatList } from '../i18n/lists';
import { translator } from '../i18n/t';
import { derivedMarks, phaseMarks } from '../model/derived';
import { editionsYearContext, filterContextOf } from '../state/filterContext';
import { matchingCountries, phasesInYear } from '../state/selectors';
import type { ViewState } from '../state/types';

export type SlideDerivedItem =
  | { kind: 'posts' }
  | { kind: 'route'; name: string }
  | { kind: 'programme'; name: string }
  | { kind: 'programme-years' };

export function slideDerivedItems(
  data: Pick<AppData, 'posts' | 'routes' | 'programmes' | 'editions'>,
  view: Pick<ViewState, 'layers' | 'programmes' | 'year' | 'goal' | 'lang'>,
): SlideDerivedItem[] {
  const items: SlideDerivedItem[] = [];
  const filters = filterContextOf(editionsYearContext(data.editions, view.year), view);
  const matching = matchingCountries(data.programmes, filters);
  if (view.layers.posts && data.posts.features.some((f) => derivedMarks(f.properties).length > 0))
    items.push({ kind: 'posts' });
  if (view.layers.routes)
    for (const f of data.routes.features)
      if (derivedMarks(f.properties).length > 0) items.push({ kind: 'route', name: f.properties[`name_${view.lang}`] });
  for (const p of data.programmes) {
    if (!view.programmes.includes(p.id)) continue;
    const countryMarks = [...(matching ?? [])].some((iso3) =>
      derivedMarks(p, iso3).some((m) => m.field.includes(`[${iso3}]`)),
    );
    if (countryMarks || phasesInYear(p, filters).some((ph) => phaseMarks(ph).length > 0))
      items.push({ kind: 'programme', name: p[`name_${view.lang}`] });
  }
  // Without a programme filter, a year without an edition colours countries by programmes active in it.
  if (
    view.programmes.length === 0 &&
    !filters.reportingYears.includes(filters.year) &&
    data.programmes.some((p) => phasesInYear(p, filters).some((ph) => phaseMarks(ph).length > 0))
  )
    items.push({ kind: 'programme-years' });
  return items;
}

/** The footer line, or null when the slide shows nothing derived. */
export function slideDerivedText(
  data: Pick<AppData, 'posts' | 'routes' | 'programmes' | 'editions'>,
  view: Pick<ViewState, 'layers' | 'programmes' | 'year' | 'goal' | 'lang'>,
): string | null {
  const t = translator(view.lang);
  const items = slideDerivedItems(data, view).map((item) => {
    switch (item.kind) {
      case 'posts':
        return t('slideDerivedPosts');
      case 'route':
        return t('slideDerivedRoute', { name: item.name });
      case 'programme':
        return t('slideDerivedProgramme', { name: item.name });
      default:
        return t('slideDerivedProgrammeYears');
    }
  });
  return items.length === 0 ? null : t('slideDerived', { items: formatList(items, view.lang) });
}
