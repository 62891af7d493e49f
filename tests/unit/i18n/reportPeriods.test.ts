/** Periods and source lines in the reader's language: no Dutch dates or words outside the report's quotations. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReportPeriod, formatShortDate } from '../../../src/i18n/reportPeriods';
import { localiseSource } from '../../../src/i18n/sourceLine';

describe('report periods, short style', () => {
  it('dates with hand-written month abbreviations (the same in every browser)', () => {
    expect(formatShortDate(2022, 10, 1, 'nl')).toBe('1 okt. 2022');
    expect(formatShortDate(2023, 9, 30, 'en')).toBe('30 Sep 2023');
    expect(formatShortDate(2023, 5, 3, 'nl')).toBe('3 mei 2023');
  });

  it.each([
    ['2022-10-01/2023-09-30', '1 okt. 2022 – 30 sep. 2023', '1 Oct 2022 – 30 Sep 2023'],
    ['2016/..', 'sinds 2016', 'since 2016'],
    ['mid-2022/mid-2023', 'medio 2022 – medio 2023', 'mid-2022 – mid-2023'],
    ['2016/2024', '2016–2024', '2016–2024'],
    ['2023', '2023', '2023'],
  ])('%s', (period, nl, en) => {
    expect(formatReportPeriod(period, 'nl')).toBe(nl);
    expect(formatReportPeriod(period, 'en')).toBe(en);
  });
});

describe('source lines', () => {
  const fn21 = "H3, 'Voorbeelden van resultaten in 2023'; fn 21 (periode 1-10-2022 tot 30-9-2023)";

  it('a period is formatted for the locale in both languages; the quoted heading stays Dutch, in quotes', () => {
    expect(localiseSource(fn21, 'nl')).toBe(
      "H3, 'Voorbeelden van resultaten in 2023'; fn 21 (1 okt. 2022 – 30 sep. 2023)",
    );
    expect(localiseSource(fn21, 'en')).toBe(
      "H3, 'Voorbeelden van resultaten in 2023'; fn 21 (1 Oct 2022 – 30 Sep 2023)",
    );
  });

  it('in English, Dutch words outside quotations are translated and chapter titles quoted', () => {
    expect(
      localiseSource(
        "H3, 'Global Concessional Financing Facility' ('EUR 7,3 miljard', sinds de oprichting in 2016; geen einddatum)",
        'en',
      ),
    ).toBe("H3, 'Global Concessional Financing Facility' ('EUR 7,3 miljard', since founding in 2016; no end date)");
    expect(localiseSource("H3 Verdieping opvang in de regio, 'Prospects partnerschap'", 'en')).toBe(
      "H3 'Verdieping opvang in de regio', 'Prospects partnerschap'",
    );
    expect(localiseSource("H3 Verdieping opvang in de regio, 'Prospects partnerschap'", 'nl')).toBe(
      "H3 Verdieping opvang in de regio, 'Prospects partnerschap'",
    );
  });

  it('a quotation is never touched, even when it holds a glossary word', () => {
    expect(localiseSource("H4, 'geen einddatum en voetnoot'", 'en')).toBe("H4, 'geen einddatum en voetnoot'");
  });

  it('a Dutch month outside quotations reads in English', () => {
    expect(localiseSource("H4, 'COMPASS'; 'Migratiepartnerschappen' (Nigeria, mei 2023)", 'en')).toBe(
      "H4, 'COMPASS'; 'Migratiepartnerschappen' (Nigeria, May 2023)",
    );
  });

  it('reference sources lose their "ref: " prefix', () => {
    expect(localiseSource('ref: routes-and-context.md', 'en')).toBe('routes-and-context.md');
  });
});

describe('the real data: English source lines without Dutch outside the quotations', () => {
  // Words the sources use around their quotations; a new one here means a glossary entry in i18n/sourceLine.ts.
  const DUTCH =
    /\b(de|het|een|van|en|bij|voor|zonder|gelezen|twee|sinds|geen|tot|periode|zie|som|tekst|voetnoot|landen|Irak|Marokko|januari|februari|maart|mei|juni|juli|augustus|oktober)\b/i;
  it('every source of every data file', () => {
    const dir = 'data/2023';
    let checked = 0;
    for (const file of readdirSync(dir)) {
      for (const m of readFileSync(`${dir}/${file}`, 'utf8').matchAll(/source: "((?:[^"\\]|\\.)*)"/g)) {
        const en = localiseSource(m[1]!.replace(/\\"/g, '"'), 'en');
        expect(en.split(/'[^']*'/).join(' '), `${file}: ${en}`).not.toMatch(DUTCH);
        expect(en).not.toMatch(/\d{1,2}-\d{1,2}-\d{4}/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
