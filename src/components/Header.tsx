import type { ReactNode } from 'react';
import { useT } from '../state/hooks';
import { BriefingMenu } from './BriefingMenu';
import { ConnectivityBadge } from './ConnectivityBadge';
import { EmbedMenu } from './EmbedMenu';
import { Headline } from './Headline';
import { PhoneBar } from './PhoneBar';
import { usePhoneLayout } from './phoneLayout';
import { LangSwitch, ViewSwitch } from './ViewSwitch';

/** The blue header; on a phone a one-bar version (PhoneBar) that leaves the screen to the map. */
export function Header({ search }: { search: ReactNode }) {
  const t = useT();
  const phone = usePhoneLayout();
  if (phone) return <PhoneBar search={search} />;
  return (
    <header className="header">
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
