/**
 * A short message on the map itself when the filters leave it without a
 * coloured or outlined country (a programme in a year it is not active, a
 * goal with nothing in the year): an empty map must not look like a map that
 * failed to load, nor like "no effort" drawn in the land colour (design
 * review, finding 5). The same country states the map applies decide it.
 */
import { goalTopic, programmeNames } from '../state/headline';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { countryStatesOf } from './applyView';
import { drawnCountries } from './countryStates';

export function MapEmptyNote() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const countries = useAppStore((s) => s.data.countries);
  const programmes = useProgrammes();
  const filters = useFilterContext();
  if (!filters || !countries || programmes.length === 0) return null;
  const d = drawnCountries(countryStatesOf(countries, programmes, filters));
  const drawn = [...d.fillClasses].some((c) => c > 0) || d.focusReception || d.focusMigration || d.match;
  if (drawn) return null;
  const { year, goal, selectedProgrammes } = filters;
  return (
    <p className="map-empty" role="status">
      {selectedProgrammes.length
        ? t('mapEmptyProgrammes', { names: programmeNames(selectedProgrammes, programmes, lang), year })
        : t('mapEmpty', { topic: goalTopic(goal, lang), year })}
    </p>
  );
}
