import { type ReactNode, useRef } from 'react';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { BriefingMenu } from './BriefingMenu';
import { ConnectivityBadge } from './ConnectivityBadge';
import { EmbedMenu } from './EmbedMenu';
import { Headline } from './Headline';
import { PhoneBar } from './PhoneBar';
import { usePhoneLayout } from './phoneLayout';
import { useStableHeight } from './useStableHeight';
import { LangSwitch, ViewSwitch } from './ViewSwitch';

/** The blue header; on a phone a one-bar version (PhoneBar) that leaves the screen to the map. */
export function Header({ search }: { search: ReactNode }) {
  const t = useT();
  const phone = usePhoneLayout();
  const lang = useAppStore((s) => s.lang);
  const header = useRef<HTMLElement>(null);
  // The map under the header stays put while the years step (useStableHeight).
  useStableHeight(header, `${lang} ${phone}`);
  if (phone) return <PhoneBar search={search} />;
  return (
    <header className="header" ref={header}>
      <a className="skip-link" href="#country-search">
        {t('skipToList')}
      </a>
      <Headline />
      <div className="header-tools">
        <ConnectivityBadge />
        {search}
        <ViewSwitch />
        <BriefingMenu />
        <EmbedMenu />
        <LangSwitch />
      </div>
    </header>
  );
}
