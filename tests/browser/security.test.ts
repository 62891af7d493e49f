/**
 * Security: the production Content-Security-Policy holds over a whole session
 * (no violation from the app, the map, the charts or the PNG export), and
 * hostile strings in the data stay text everywhere they are shown or exported.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distServer, type RunningServer } from '../../scripts/serve';
import {
  appProblems,
  baseUrl,
  browserSession,
  clickCountry,
  DESKTOP,
  distDir,
  mapPoint,
  NIGERIA,
  newContext,
  openApp,
  openAt,
  type PageWatch,
  root,
  waitForMapIdle,
} from './support';

const ABUJA: [number, number] = [7.4951, 9.0579];

const XSS = {
  compass: 'COMPASS <img src=x onerror="window.__xss=1">',
  moment: '<script>window.__xss=2</script>',
  noteStart: 'Zie javascript:window.__xss=3 ',
  long: `LANG-${'x'.repeat(5000)}`,
  city: '<b>Abuja</b>',
  source: 'H4 <img src=x onerror=window.__xss=4>',
};

const session = browserSession();
let context: BrowserContext;

beforeAll(async () => {
  context = await newContext(session.browser(), DESKTOP, { serviceWorkers: 'block' });
});

function expectClean(watch: PageWatch) {
  expect(appProblems(watch), 'console errors/warnings or page errors').toEqual([]);
}

/** Records every securitypolicyviolation event of the page's documents on window.__csp. */
const RECORD_CSP = () => {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    true,
  );
};

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('Content-Security-Policy', () => {
  it('a whole session (filters, panel, language, table, figures, presentation, PNG) violates nothing and stays on its origin', async () => {
    const page = await context.newPage();
    session.afterTest(() => page.close());
    await page.addInitScript(RECORD_CSP);
    // Every request the page (or its workers) makes over the session.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    await openApp(page);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);

    // Filters: a programme, a goal, the year.
    await page.locator('fieldset.programme-list').getByRole('checkbox').first().check();
    await page.locator('fieldset.programme-list').getByRole('checkbox').nth(1).check();
    await page.getByRole('radio').nth(1).check();
    await page.getByRole('button', { name: 'Vorig jaar', exact: true }).click();
    await page.getByRole('button', { name: 'Volgend jaar', exact: true }).click();
    await page.getByRole('radio').first().check();
    // Panel.
    await clickCountry(page, ...NIGERIA);
    await page.locator('aside.panel .details[data-iso3="NGA"]').waitFor();
    // Language there and back.
    await page.locator('.lang-switch').click();
    await expect.poll(() => page.locator('.app').getAttribute('lang')).toBe('en');
    await page.locator('.lang-switch').click();
    await expect.poll(() => page.locator('.app').getAttribute('lang')).toBe('nl');
    // Table.
    await page.getByRole('button', { name: 'Tabel', exact: true }).click();
    await page.locator('.table-view table tr[data-iso3]').first().waitFor();
    // Figures (lazy chunk, Observable Plot).
    await page.getByRole('button', { name: 'Cijfers', exact: true }).click();
    await expect.poll(() => page.locator('.chart-plot svg').count(), { timeout: 30_000 }).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Kaart', exact: true }).click();
    await page.locator('.map').waitFor({ state: 'visible' });
    await waitForMapIdle(page);
    // Presentation steps.
    await page.getByRole('button', { name: 'Presentatie starten' }).click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('scene')).toBe('5');
    await waitForMapIdle(page);
    // PNG export of the presented scene.
    await page.keyboard.press('Escape');
    await waitForMapIdle(page);
    await page.locator('details.export-menu summary').click();
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PNG (1920×1080)', exact: true }).click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/\.png$/);

    expect(await violations(page), 'securitypolicyviolation events').toEqual([]);
    expect(problems, 'CSP messages on the console').toEqual([]);
    const origin = new URL(baseUrl()).origin;
    const elsewhere = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
    expect(elsewhere, 'requests off the app origin').toEqual([]);
    expect(requests.length, 'the session made requests at all').toBeGreaterThan(10);
    console.log(`session: ${requests.length} requests, all to ${origin}; 0 CSP violations`);
  }, 120_000);
});

// ---------------------------------------------------------------------------
// Hostile data: a fixture edition compiled into a copy of the build.

function replaceOnce(text: string, from: string, to: string, what: string): string {
  const i = text.indexOf(from);
  if (i < 0) throw new Error(`fixture: ${what} not found`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** data/2023 with hostile strings, compiled into a copy of the served build. */
function buildHostileDist(work: string): string {
  const data = join(work, 'data');
  cpSync(join(root, 'data/2023'), join(data, '2023'), { recursive: true });
  const file = (name: string) => join(data, '2023', name);
  const edit = (name: string, f: (t: string) => string) =>
    writeFileSync(file(name), f(readFileSync(file(name), 'utf8')));
  const yamlSingle = (s: string) => `'${s.replace(/'/g, "''")}'`;

  edit('programmes.yaml', (t) =>
    replaceOnce(
      t,
      '- id: compass\n  kind: partnership\n  name_nl: COMPASS\n  name_en: COMPASS\n',
      `- id: compass\n  kind: partnership\n  name_nl: ${yamlSingle(XSS.compass)}\n  name_en: ${yamlSingle(XSS.compass)}\n`,
      'compass names',
    ),
  );
  edit('moments.yaml', (t) =>
    replaceOnce(
      t,
      '  title_nl: Bezoek staatssecretaris Van der Burg aan Marokko\n',
      `  title_nl: ${yamlSingle(XSS.moment)}\n`,
      'Morocco moment title',
    ),
  );
  edit('notes.yaml', (t) =>
    replaceOnce(
      t,
      '  text_nl: "Niger is focusland voor migratiesamenwerking',
      `  text_nl: "${XSS.noteStart}${XSS.long} Niger is focusland voor migratiesamenwerking`,
      'Niger note',
    ),
  );
  edit('posts.csv', (t) =>
    replaceOnce(
      t,
      'abuja,1,Abuja,Abuja,NGA,9.0579,7.4951,open,"H2 Beleidsinzet, \'Capaciteit op ambassades met >50% inzet op migratie\'"',
      `abuja,1,${XSS.city},Abuja,NGA,9.0579,7.4951,open,"${XSS.source}"`,
      'Abuja post',
    ),
  );

  const dist = join(work, 'dist');
  cpSync(distDir(), dist, { recursive: true });
  rmSync(join(dist, 'geo'), { recursive: true, force: true });
  rmSync(join(dist, 'data'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/data-build.ts', data, dist], {
    cwd: root,
    stdio: 'pipe',
  });
  return dist;
}

describe('Hostile data stays text', () => {
  let work: string;
  let server: RunningServer;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'migratiekaart-xss-'));
    // nginx's workers (nobody, when the tests run as root) must be able to read it.
    chmodSync(work, 0o755);
    server = await distServer().start(buildHostileDist(work));
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('names, moments, notes, posts and sources show literally in the panel, table, tooltip and CSV', async () => {
    const { page, watch } = await session.page(context);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const open = (query: string) => openAt(page, server.url, query);
    const noScriptRan = async (where: string) => {
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `window.__xss ${where}`).toBe(
        undefined,
      );
      expect(await page.locator('img[src="x"]').count(), `img[src=x] ${where}`).toBe(0);
      expect(await page.locator('.app script, .app b').count(), `injected elements ${where}`).toBe(0);
    };

    // Nigeria: the COMPASS programme card and the post's source.
    await open('?country=NGA');
    const panel = page.locator('aside.panel .details[data-iso3="NGA"]');
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toContain(XSS.compass);
    // The programme filter list shows the name as text, and the legend is the usual one.
    await expect.poll(() => page.locator('fieldset.programme-list').textContent()).toContain(XSS.compass);
    const legend = await page.locator('.legend').first().textContent();
    expect(legend).not.toContain('<');
    expect(legend).not.toContain('COMPASS');
    await noScriptRan('after the Nigeria panel');

    // Hover the Abuja post (default view, nothing selected): its city as text in the tooltip.
    await open('');
    const abuja = await mapPoint(page, ...ABUJA);
    await page.mouse.move(abuja.x - 40, abuja.y - 40);
    await page.mouse.move(abuja.x, abuja.y, { steps: 8 });
    await expect.poll(() => page.locator('.hover-tooltip').textContent(), { timeout: 15_000 }).toContain(XSS.city);
    await page.mouse.click(abuja.x, abuja.y);
    await expect.poll(() => page.locator('aside.panel').textContent()).toContain(XSS.city);
    await expect.poll(() => page.locator('aside.panel').textContent()).toContain(XSS.source);
    await noScriptRan('after the Abuja post');

    // Morocco: the moment title.
    await open('?country=MAR');
    await page.locator('aside.panel .details[data-iso3="MAR"]').waitFor();
    await expect.poll(() => page.locator('aside.panel').textContent()).toContain(XSS.moment);
    await noScriptRan('after the Morocco panel');

    // Niger: the note with javascript: and 5,000 characters, as text, not a link.
    await open('?country=NER');
    await page.locator('aside.panel .details[data-iso3="NER"]').waitFor();
    await expect.poll(() => page.locator('aside.panel').textContent()).toContain(XSS.noteStart + XSS.long);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // A long word must not widen the panel past the window.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow from the 5,000-character note').toBeLessThanOrEqual(0);
    await noScriptRan('after the Niger panel');

    // Table with COMPASS selected, and its CSV.
    await open('?prog=compass&view=table');
    const table = page.locator('.table-view table');
    await table.locator('tr[data-iso3]').first().waitFor();
    expect(await table.textContent()).toContain(XSS.compass);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
    const csv = readFileSync(await dl.path(), 'utf8');
    expect(csv.split('\n')[0], 'CSV header').toMatch(/iso3/);
    // In CSV a quote inside a field is doubled.
    expect(csv, 'CSV carries the literal programme name').toContain(XSS.compass.replace(/"/g, '""'));
    await noScriptRan('after the table');

    expect(dialogs, 'dialogs').toEqual([]);
    expectClean(watch);
  }, 150_000);
});
