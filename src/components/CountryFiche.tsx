/**
 * The one-page country fiche (A4): under "Landenfiche <country>" the
 * header's headline sentence for the view as its title (a slide of the view
 * has the same title), a map inset of the country and its neighbours,
 * everything the panel says about it for the current filters (focus roles,
 * activities, programmes with partners, phases and money, posts, moments,
 * data notes, each with its source), the date, the source line and the
 * boundary disclaimer, in the interface language. Rendered into the page (a
 * portal on <body>) only while printing: the browser's print dialog makes the
 * paper or the PDF. The inset is drawn locally by an off-screen map: nothing
 * leaves the origin.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AppData } from '../data/types';
import { formatLongDate } from '../i18n/dates';
import type { Bounds } from '../map/camera';
import { withSurroundings } from '../map/framing';
import { headline } from '../state/headline';
import { useFilterContext, useProgrammes, useT, useYearContext } from '../state/hooks';
import { useAppStore } from '../state/store';
import { viewStateOf } from '../state/types';
import { CountryDetails } from './CountryDetails';

/** Printable height of A4 at 12 mm margins, in CSS px (96 per inch). */
const PAGE_HEIGHT_PX = ((297 - 24) / 25.4) * 96;
const INSET = { width: 680, height: 300 };

/**
 * The largest text zoom (0.5-1) at which the fiche is one page high: a few
 * halvings, each measuring the laid-out fiche (text reflows as the zoom
 * widens the column, so the height is not proportional to the zoom).
 */
function fitToPage(el: HTMLElement) {
  const fits = (z: number) => {
    el.style.setProperty('--fiche-zoom', String(z));
    return el.getBoundingClientRect().height <= PAGE_HEIGHT_PX * 0.97;
  };
  if (fits(1)) return;
  let lo = 0.5;
  let hi = 1;
  for (let i = 0; i < 7; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  fits(lo);
}

async function renderInset(iso3: string): Promise<string | null> {
  const s = useAppStore.getState();
  const data = s.data as AppData;
  const box = data.countries?.features.find((f) => f.properties.iso3 === iso3)?.properties.fit_bounds;
  if (!box || !data.programmes || !data.editions) return null;
  const { renderMap } = await import('../briefing/offscreenMap');
  const view = { ...viewStateOf(s), layers: { posts: true, routes: false, labels: true, context: false } };
  const { canvas, dispose } = await renderMap({
    data,
    view,
    camera: { bounds: withSurroundings(box as Bounds) },
    scale: 2,
    ...INSET,
  });
  try {
    return canvas.toDataURL('image/png');
  } finally {
    dispose();
  }
}

export function CountryFiche({ iso3, onDone }: { iso3: string; onDone: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const yc = useYearContext();
  const countries = useAppStore((s) => s.data.countries);
  const programmes = useProgrammes();
  const filters = useFilterContext();
  const name = countries?.features.find((f) => f.properties.iso3 === iso3)?.properties;
  const [inset, setInset] = useState<string | null | undefined>(undefined);
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    renderInset(iso3)
      .catch(() => null)
      .then((url) => live && setInset(url));
    return () => {
      live = false;
    };
  }, [iso3]);

  // Once the inset is drawn: fit the page (a long fiche is scaled down to one A4), print, clean up.
  useEffect(() => {
    if (inset === undefined || !root.current) return;
    const el = root.current;
    let live = true;
    const done = () => {
      document.documentElement.classList.remove('printing-fiche');
      onDone();
    };
    const img = el.querySelector('img');
    (img ? img.decode().catch(() => undefined) : Promise.resolve()).then(() => {
      if (!live) return;
      fitToPage(el);
      document.documentElement.classList.add('printing-fiche');
      window.addEventListener('afterprint', done, { once: true });
      el.dataset.ready = 'true';
      window.print();
    });
    return () => {
      live = false;
      window.removeEventListener('afterprint', done);
    };
  }, [inset, onDone]);

  const year = yc?.year ?? 2023;
  const country = name?.[`name_${lang}`] ?? iso3;
  // The title is the header's headline sentence for this view, as on a slide of it (state/headline.ts).
  const title = filters && countries ? headline({ countries, programmes }, filters, lang).text : null;
  return createPortal(
    <article className="fiche" ref={root} lang={lang} inert>
      <header className="fiche-head">
        <p className="fiche-kicker">{t('ficheTitle', { country })}</p>
        <h1>{title ?? t('ficheTitle', { country })}</h1>
        <p>{t('ficheSubtitle', { year })}</p>
      </header>
      {inset && <img className="fiche-inset" src={inset} alt={t('ficheInset', { country })} />}
      <div className="fiche-body">
        <CountryDetails iso3={iso3} headingRef={heading as RefObject<HTMLHeadingElement | null>} immediate />
      </div>
      <footer className="fiche-foot">
        <p>
          <strong>{t('sourceLine', { year: yc?.latestEdition ?? year })}</strong> {t('ficheSources', { year })}
        </p>
        <p>{t('disclaimer')}</p>
        <p>{t('ficheMade', { date: formatLongDate(new Date(), lang) })}</p>
      </footer>
    </article>,
    document.body,
  );
}
