/**
 * Sources as numbered notes at the end of a card (design review, finding 9):
 * each line that cites a source gets a small number linking to the note, and
 * the same source cited twice keeps its number. The collector is filled while
 * the card renders, top to bottom, and the list renders after it.
 */
import { type ReactNode, useId } from 'react';
import { localiseSource } from '../i18n/sourceLine';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

export interface SourceNoteCollector {
  /** The note's number mark for a source (null with `mark` false: listed only, the card's own source). */
  ref(source: string, mark?: boolean): ReactNode;
  readonly sources: string[];
  readonly idOf: (n: number) => string;
}

export function useSourceNotes(): SourceNoteCollector {
  const t = useT();
  const base = useId();
  const sources: string[] = [];
  const idOf = (n: number) => `${base}-source-${n}`;
  return {
    sources,
    idOf,
    ref(source, mark = true) {
      if (!source) return null;
      let i = sources.indexOf(source);
      if (i < 0) i = sources.push(source) - 1;
      if (!mark) return null;
      const n = i + 1;
      return (
        <sup className="note-ref">
          <a href={`#${idOf(n)}`} aria-label={`${t('source')} ${n}`}>
            {n}
          </a>
        </sup>
      );
    },
  };
}

export function SourceNotes({ notes }: { notes: SourceNoteCollector }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (notes.sources.length === 0) return null;
  return (
    <div className="source-notes">
      <span className="source-notes-title">{t('sources')}</span>
      <ol>
        {notes.sources.map((source, i) => (
          <li key={source} id={notes.idOf(i + 1)}>
            {localiseSource(source, lang)}
          </li>
        ))}
      </ol>
    </div>
  );
}
