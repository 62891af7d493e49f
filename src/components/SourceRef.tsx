/** A record's source, shown as text in the reader's language (quotations of the report stay as written). */
import { localiseSource } from '../i18n/sourceLine';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

export function SourceRef({ source }: { source: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (
    <small className="source">
      {t('source')}: {localiseSource(source, lang)}
    </small>
  );
}
