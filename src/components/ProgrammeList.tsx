/**
 * The programme checkboxes of the filter panel. Past LIST_LIMIT programmes a
 * name field and "show all" appear (programmeListRows.ts); with the 2023
 * report's 22 the list is simply all of them. Past VIRTUAL_FROM rows ("show
 * all" of a long list) only the rows in view are rendered (ProgrammeWindow).
 */
import { useId, useState } from 'react';
import { useT, useYearContext } from '../state/hooks';
import { isActiveInYear, programmeHasGoal } from '../state/selectors';
import { useAppStore } from '../state/store';
import { ProgrammeOption } from './ProgrammeOption';
import { ProgrammeWindow } from './ProgrammeWindow';
import { programmeListRows, VIRTUAL_FROM } from './programmeListRows';

export function ProgrammeList() {
  const t = useT();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const lang = useAppStore((s) => s.lang);
  const programmes = useAppStore((s) => s.data.programmes);
  const selected = useAppStore((s) => s.programmes);
  const goal = useAppStore((s) => s.goal);
  const toggleProgramme = useAppStore((s) => s.toggleProgramme);
  const yc = useYearContext();

  const listed = (programmes ?? []).filter((p) => programmeHasGoal(p, goal) || selected.includes(p.id));
  const { rows, matching, long } = programmeListRows(listed, selected, query, lang, showAll);
  const option = (p: (typeof rows)[number]) => (
    <ProgrammeOption
      key={p.id}
      id={p.id}
      name={p[`name_${lang}`]}
      checked={selected.includes(p.id)}
      inactiveNote={yc && !isActiveInYear(p, yc) ? t('notActiveIn', { year: yc.year }) : null}
      onToggle={toggleProgramme}
    />
  );

  return (
    <fieldset className="programme-list">
      <legend>{t('programmes')}</legend>
      <p className="help">{t('programmeFilterHelp')}</p>
      {long && (
        <div className="programme-find">
          <label htmlFor={searchId}>{t('findProgramme')}</label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <p className="help" aria-live="polite">
            {matching === 0 ? t('noProgrammeFound') : t('programmesShown', { shown: rows.length, n: matching })}
          </p>
        </div>
      )}
      {rows.length > VIRTUAL_FROM ? (
        <ProgrammeWindow rows={rows} rowKey={(p) => p.id} renderRow={option} />
      ) : (
        rows.map(option)
      )}
      {long && (showAll || rows.length < matching) && (
        <button type="button" className="link" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('showFewerProgrammes') : t('showAllProgrammes', { n: matching })}
        </button>
      )}
    </fieldset>
  );
}
