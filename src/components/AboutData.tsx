/**
 * "Over de gegevens" / "About the data": the data notes that concern no
 * country (iso3: []), which no country panel shows: the displacement
 * breakdown, the results' reporting period, the programmes' phase years, the
 * scope of "ca." in the budgets. Shown under the table and the figures, so
 * every note a user should see is visible somewhere.
 */

import { derivedMarks } from '../model/derived';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { DerivedMarks } from './DerivedMark';
import { SourceRef } from './SourceRef';

export function AboutData({ id }: { id: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const notes = useAppStore((s) => s.data.notes)?.filter((n) => n.iso3.length === 0) ?? [];
  if (notes.length === 0) return null;
  return (
    <section className="about-data" aria-labelledby={id}>
      <h3 id={id}>{t('dataAbout')}</h3>
      <ul className="notes">
        {notes.map((n) => (
          <li key={n.id} data-note={n.id}>
            {n[`text_${lang}`]}
            <DerivedMarks marks={derivedMarks(n)} /> <SourceRef source={n.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
