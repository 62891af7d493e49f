/** Name of the hovered country, post or route, as plain text near the pointer. */
import { translator } from '../i18n/t';
import { useAppStore } from '../state/store';
import type { HoverInfo } from './interaction';

export function HoverTooltip({ hover }: { hover: HoverInfo }) {
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  let name: string | undefined;
  if (hover.kind === 'country') {
    const p = data.countries?.features.find((f) => f.properties.iso3 === hover.key)?.properties;
    name = p?.[`name_${lang}`];
  } else if (hover.kind === 'post') {
    const p = data.posts?.features.find((f) => f.properties.id === hover.key)?.properties;
    name = p ? `${p[`name_${lang}`]}${p.status === 'closed' ? ` ${translator(lang)('hoverClosed')}` : ''}` : undefined;
  } else if (hover.kind === 'posts') {
    name = translator(lang)('hoverCluster', { n: Number(hover.key) });
  } else {
    name = data.routes?.features.find((f) => f.properties.id === hover.key)?.properties[`name_${lang}`];
  }
  if (!name) return null;
  return (
    <div className="hover-tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} aria-hidden="true">
      {name}
    </div>
  );
}
