/**
 * The country fiche (issue 14): from Nigeria's panel, "Landenfiche" prints one
 * A4 page (Chromium's page.pdf, with the print stylesheet) whose text has
 * the header's headline sentence as its title (issue 17), the focus role, the 7 activities, COMPASS, the Abuja post, the Rabat Process
 * meeting among the moments, a source line and the
 * boundary disclaimer; nothing is requested from outside the origin to make
 * it. The page is rendered to PNG with pdftoppm (poppler-utils,
 * scripts/ensure-poppler.mjs) into test-results/exports for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, browserSession, DESKTOP, EXPORT_DIR, openApp } from './support';

const session = browserSession();

describe('country fiche', () => {
  it('Nigeria: one A4 page with roles, activities, programmes, post, sources and disclaimer', async () => {
    const { page } = await session.contextPage(DESKTOP, { serviceWorkers: 'block' });
    const origin = new URL(baseUrl()).origin;
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    await openApp(page, '?country=NGA');
    // The fiche's title is the header's headline sentence for this view.
    const headline = ((await page.locator('h1.headline').textContent()) ?? '').trim();
    expect(headline).toMatch(/^In 2023 werkt Nederland in \d+ landen aan migratie$/);
    // The browser's print dialog is replaced by page.pdf below: count the calls instead.
    await page.evaluate(() => {
      const w = window as unknown as { print: () => void; printed: number };
      w.printed = 0;
      w.print = () => {
        w.printed++;
      };
    });
    await page.getByRole('button', { name: /Landenfiche/ }).click();
    await page.locator('.fiche[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    mkdirSync(EXPORT_DIR, { recursive: true });
    const file = join(EXPORT_DIR, 'fiche-NGA.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Landenfiche Nigeria');
    expect(text).toContain(headline);
    expect(text).toContain('Migratiesamenwerking');
    expect(text).toMatch(/Migratiesamenwerking: 7 activiteiten/);
    expect(text).toContain('COMPASS');
    expect(text).toContain('Abuja');
    // The moments of the year, with the Rabat Process meeting the Netherlands and Nigeria organised.
    expect(text).toContain('Rabat-proces');
    expect(text).toContain('Bron: Migratierapportage 2023');
    expect(text).toMatch(/Bron: H4/);
    expect(text).toContain('De weergegeven grenzen en namen impliceren geen officiële goedkeuring');
    expect(outside).toEqual([]);
    execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', file, join(EXPORT_DIR, 'fiche-NGA')]);
  });
});
