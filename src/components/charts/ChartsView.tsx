/**
 * "Figures from the report": every chart for the current language. Default
 * export so the app can React.lazy() it and keep Plot out of the first load.
 */
import { useMemo } from 'react';
import { chartEntries } from '../../charts/catalogue';
import { chartMessages } from '../../i18n/messages/charts';
import { useAppStore } from '../../state/store';
import { AboutData } from '../AboutData';
import { ChartFigure } from './ChartFigure';
import './charts.css';

export default function ChartsView() {
  const lang = useAppStore((s) => s.lang);
  const statistics = useAppStore((s) => s.data.statistics);
  const countries = useAppStore((s) => s.data.countries);
  const editions = useAppStore((s) => s.data.editions);
  const notes = useAppStore((s) => s.data.notes);
  const failed = useAppStore(
    (s) => s.status.statistics === 'error' || s.status.countries === 'error' || s.status.editions === 'error',
  );
  const charts = useMemo(
    () => (statistics && countries && editions ? chartEntries({ statistics, countries, editions, notes }, lang) : null),
    [statistics, countries, editions, notes, lang],
  );
  const s = chartMessages(lang);

  return (
    <section className="charts-view" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{s.viewHeading}</h2>
      {charts && statistics ? (
        <>
          <p className="charts-intro">{s.viewIntro(statistics.year)}</p>
          {charts.map((c) => (
            <ChartFigure key={c.id} {...c} lang={lang} />
          ))}
          <AboutData id="charts-about-data" />
        </>
      ) : (
        <p role="status">{failed ? s.loadError : s.loading}</p>
      )}
    </section>
  );
}
