/**
 * "afgeleid" / "derived" with its basis: the mark every view uses for a value
 * the product derived rather than the report stated (issue 13). The word and
 * the basis are text (not colour, not a tooltip only); the mark is focusable so
 * a keyboard user reaches it, and its accessible text includes the basis.
 * The fiche (issue 14) renders the same marks: the model is derivedMarks() /
 * phaseMarks() in src/model/derived.ts, the words derivedLabel() below.
 */
import type { DerivedBasis, DerivedMark as Mark } from '../model/derived';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

/**
 * One mark: a `mark` (field and basis, from derivedMarks/phaseMarks), or just a
 * `basis` (derivedBasis(record.derived, field)); nothing when neither is given.
 */
export function DerivedMark({
  mark,
  basis: given,
  label,
}: {
  mark?: Mark;
  basis?: DerivedBasis | null;
  label?: string;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const source = mark ?? given;
  if (!source) return null;
  const basis = source[`basis_${lang}`];
  const word = label ?? t('derived');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the mark is reachable by keyboard on purpose (issue 13); it holds text, no action
    <span className="derived" data-derived={mark?.field ?? 'value'} tabIndex={0} title={basis}>
      {' '}
      [{word}: {basis}]
    </span>
  );
}

/** Every mark of a record, in order; nothing when it has none. */
export function DerivedMarks({
  marks,
  labelFor,
}: {
  marks: readonly Mark[];
  labelFor?: (m: Mark) => string | undefined;
}) {
  return (
    <>
      {marks.map((m) => (
        <DerivedMark key={m.field} mark={m} label={labelFor?.(m)} />
      ))}
    </>
  );
}
