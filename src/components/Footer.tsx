/** Boundary disclaimer and source line: always visible, in the active language. */
import { useT, useYearContext } from '../state/hooks';

export function Footer() {
  const t = useT();
  const yc = useYearContext();
  return (
    <footer className="footer">
      <p className="source-line">{t('sourceLine', { year: yc?.latestEdition ?? 2023 })}</p>
      <p className="disclaimer">{t('disclaimer')}</p>
    </footer>
  );
}
