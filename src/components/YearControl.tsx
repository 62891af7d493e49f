/** Year slider with step buttons and a play button that walks through the years. */
import { useEffect, useState } from 'react';
import { useT, useYearContext } from '../state/hooks';
import { useAppStore } from '../state/store';

const PLAY_STEP_MS = 1200;

export function YearControl() {
  const t = useT();
  const yc = useYearContext();
  const setYear = useAppStore((s) => s.setYear);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || !yc) return;
    const timer = setTimeout(() => {
      const i = yc.years.indexOf(yc.year);
      const next = yc.years[i + 1];
      if (next === undefined) setPlaying(false);
      else setYear(next);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, yc, setYear]);

  if (!yc) return null;
  const { years, year, reportingYears } = yc;
  const index = Math.max(0, years.indexOf(year));
  const step = (d: number) => {
    const y = years[index + d];
    if (y !== undefined) setYear(y);
  };
  const togglePlay = () => {
    if (!playing && index === years.length - 1) setYear(years[0] ?? null);
    setPlaying(!playing);
  };
  return (
    <fieldset className="year-control">
      <legend>
        {t('year')}: <strong>{year}</strong>
        {reportingYears.includes(year) && <span className="reporting"> ({t('reportingYear')})</span>}
      </legend>
      <div className="year-row">
        <button type="button" onClick={() => step(-1)} disabled={index === 0} aria-label={t('previousYear')}>
          ‹
        </button>
        <input
          type="range"
          min={0}
          max={years.length - 1}
          value={index}
          aria-label={t('year')}
          aria-valuetext={String(year)}
          onChange={(e) => setYear(years[Number(e.target.value)] ?? null)}
        />
        <button type="button" onClick={() => step(1)} disabled={index === years.length - 1} aria-label={t('nextYear')}>
          ›
        </button>
        <button type="button" className="play" aria-pressed={playing} onClick={togglePlay}>
          {playing ? t('pause') : t('play')}
        </button>
      </div>
      <div className="year-scale" aria-hidden="true">
        <span>{years[0]}</span>
        <span>{years[years.length - 1]}</span>
      </div>
    </fieldset>
  );
}
