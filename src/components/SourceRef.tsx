/** A record's source, shown as text. Links only for http(s) addresses. */
import { useT } from '../state/hooks';

export function SourceRef({ source }: { source: string }) {
  const t = useT();
  return (
    <small className="source">
      {t('source')}: {source.replace(/^ref: /, '')}
    </small>
  );
}
