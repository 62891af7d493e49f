/**
 * "afgeleid" / "derived": marks a value the report does not state but the
 * data reads from it (src/model/derived.ts). The basis is in the title and
 * shows as text on hover and keyboard focus; screen readers read it always.
 */
import type { DerivedBasis } from '../model/derived';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

export function DerivedMark({ basis }: { basis: DerivedBasis | null }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (!basis) return null;
  const text = basis[`basis_${lang}`];
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the basis to keyboard users
    <span className="derived-mark" tabIndex={0} title={text}>
      [{t('derivedMark')}
      <span className="derived-basis">: {text}</span>]
    </span>
  );
}
