/**
 * The headline: one sentence that states what the current view shows ("In
 * 2023 werkt Nederland in 31 landen aan migratie; Prospects in 8"). Its
 * numbers are read from `countryRows`, the selector behind the summary, the
 * table and the map's fill, so the sentence can never disagree with them: the
 * programme filter's number is the summary's count, and so is the plain
 * sentence's when no programme is selected. Pure, so the header, the slide
 * title (briefing/exportActions.ts) and the country fiche share it.
 */
import type { CountriesGeo, ProgrammeRecord } from '../data/types';
import { formatList } from '../i18n/lists';
import type { Lang } from '../i18n/locale';
import { translator } from '../i18n/t';
import type { FilterContext } from './filterContext';
import { countryRows } from './selectors';
import { yearMetric } from './selectorsYearMetric';

export interface Headline {
  text: string;
  /** The number of countries the summary states (and the map draws) for these filters. */
  countries: number;
  /** Without the programme filter: the countries the goal and year show. */
  allCountries: number;
}

type HeadlineData = { countries: CountriesGeo; programmes: ProgrammeRecord[] };

/** What the goal filter is about, as the headline and the empty map's message word it. */
export function goalTopic(goal: FilterContext['goal'], lang: Lang): string {
  const t = translator(lang);
  return goal === 'both' ? t('headlineTopicBoth') : t(goal).toLowerCase();
}

/** The chosen programmes' names as one list ("Prospects en COMPASS"). */
export function programmeNames(ids: readonly string[], programmes: ProgrammeRecord[], lang: Lang): string {
  return formatList(
    ids.map((id) => programmes.find((p) => p.id === id)?.[`name_${lang}`] ?? id),
    lang,
  );
}

export function headline(data: HeadlineData, filters: FilterContext, lang: Lang): Headline {
  const t = translator(lang);
  const { year, goal, selectedProgrammes } = filters;
  const rows = countryRows(data.countries, data.programmes, filters);
  const all = selectedProgrammes.length
    ? countryRows(data.countries, data.programmes, { ...filters, selectedProgrammes: [] })
    : rows;
  const topic = goalTopic(goal, lang);
  const vars = { year, topic, n: all.length };
  // "Programmes active in N countries" only where every country counted has one:
  // in a reporting year a focus role alone also puts a country on the map.
  const programmesOnly = yearMetric(filters) === 'programmes' && all.every((r) => r.programmes.length > 0);
  let text =
    all.length === 0
      ? t('headlineNone', { year, topic })
      : programmesOnly
        ? t('headlineProgrammes', vars)
        : t('headlineWorks', vars);
  if (selectedProgrammes.length) {
    const names = programmeNames(selectedProgrammes, data.programmes, lang);
    text += rows.length ? t('headlineFiltered', { names, n: rows.length }) : t('headlineFilteredNone', { names });
  }
  return { text, countries: rows.length, allCountries: all.length };
}
