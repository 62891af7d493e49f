/**
 * Embeds: the snippet from "Insluiten" pasted into a page of another site (a
 * node http server on another port) shows the view's map, legend and source
 * line; clicking it opens the full app at the same view in a new tab. The
 * shipped nginx config lets any site frame the embed and no site frame the app.
 */
import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../scripts/serve/nginx';
import { freePort, type RunningServer } from '../../scripts/serve/server';
import { appProblems, DESKTOP, distDir, launchBrowser, newContext, newPage, screenshot } from './support';

/** As in journeys.test.ts: WCAG 2.1 A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
let context: BrowserContext;
let app: RunningServer;
let host: Server;
let hostUrl: string;
/** The host page's body, set by the test once it has the snippet. */
let hostBody = '';

beforeAll(async () => {
  app = await startNginx({ root: distDir() });
  const port = await freePort();
  host = createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="nl"><head><title>Nieuwsbericht</title></head>
<body style="font-family:sans-serif;max-width:860px;margin:1rem auto">
<h1>Een nieuwsbericht op een andere site</h1><p>De kaart hieronder is ingesloten:</p>
${hostBody}
<p>Tekst na de kaart.</p></body></html>`);
  });
  await new Promise<void>((ok) => host.listen(port, '127.0.0.1', ok));
  hostUrl = `http://127.0.0.1:${port}/`;
  browser = await launchBrowser();
  context = await newContext(browser, DESKTOP, { serviceWorkers: 'block' });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => host?.close(ok));
  await app?.stop();
});

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  return frame;
}

describe('Embed', () => {
  it('the snippet shows the view on another site, opens the app in a new tab, and only the embed may be framed', async () => {
    // 1. The app's "Insluiten" menu gives the snippet for the current view.
    const { page, watch } = await newPage(context);
    await page.goto(new URL('?prog=compass&country=NGA', app.url).href);
    await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    await page.locator('details.embed-menu summary').click();
    const code = page.locator('#embed-code');
    await expect.poll(() => code.inputValue()).toContain('<iframe');
    const snippet = await code.inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?[^"]*" title="Migratiekaart"/);
    const src = new URL((snippet.match(/src="([^"]+)"/)?.[1] ?? '').replace(/&amp;/g, '&'));
    expect(src.searchParams.get('prog')).toBe('compass');
    expect(src.searchParams.get('country')).toBe('NGA');
    await page.getByRole('button', { name: 'Code kopiëren' }).click();
    await expect.poll(() => page.locator('.embed-menu output').textContent()).toBe('Gekopieerd.');
    await screenshot(page, 'embed-menu');
    expect(appProblems(watch), 'app console').toEqual([]);
    await page.close();

    // 2. Another site pastes it, and (wrongly) frames the full app too.
    hostBody = `${snippet}\n<h2>De volledige app, ingesloten (mag niet)</h2>\n<iframe id="full-app" src="${app.url}?country=NGA" width="400" height="200"></iframe>`;
    const hostPage = await context.newPage();
    const hostConsole: string[] = [];
    hostPage.on('console', (m) => hostConsole.push(m.text()));
    await hostPage.goto(hostUrl);
    const embed = await frameOf(hostPage, 'iframe[title="Migratiekaart"]');
    await embed.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    await embed.waitForFunction(() => window.migratiekaart?.map.loaded(), undefined, { timeout: 30_000 });
    // Map, legend and source line only.
    expect(await embed.locator('.legend').isVisible()).toBe(true);
    expect(await embed.locator('.source-line').textContent()).toContain('Migratierapportage 2023');
    for (const absent of ['.header', '.filters', 'aside.panel', '.table-view', '.presentation'])
      expect(await embed.locator(absent).count(), `${absent} in the embed`).toBe(0);
    expect(await embed.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');

    // The full app refuses to be framed: the frame holds Chromium's error page, not the app.
    await expect
      .poll(() => hostConsole.find((m) => /frame-ancestors 'none'/.test(m)), { timeout: 15_000 })
      .toBeTruthy();
    const blocked = await frameOf(hostPage, '#full-app');
    expect(blocked.url()).not.toContain(app.url);
    expect(await blocked.locator('.app').count()).toBe(0);

    await hostPage.locator('iframe[title="Migratiekaart"]').scrollIntoViewIfNeeded();
    const shot = await screenshot(hostPage, 'embed-on-host-page');
    console.log(`screenshot: ${shot}`);

    // 3. A click on the map opens the full app at the same view, in a new tab.
    const [tab] = await Promise.all([context.waitForEvent('page'), embed.locator('.embed-open-map').click()]);
    await tab.waitForLoadState('domcontentloaded');
    const opened = new URL(tab.url());
    expect(opened.origin + opened.pathname).toBe(app.url);
    expect(opened.searchParams.get('prog')).toBe('compass');
    expect(opened.searchParams.get('country')).toBe('NGA');
    await tab.locator('aside.panel .details[data-iso3="NGA"]').waitFor({ timeout: 30_000 });
    await tab.close();
    await hostPage.close();
  }, 120_000);

  it('in English, the embed page and the open embed menu have their words and no WCAG 2.1 A/AA violations', async () => {
    const { page, watch } = await newPage(context);
    const audit = async (what: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        what,
      ).toEqual([]);
    };
    await page.goto(new URL('embed.html?lang=en&country=NGA', app.url).href);
    await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    expect(await page.locator('.app.embed').getAttribute('lang')).toBe('en');
    expect(await page.locator('.embed-open').textContent()).toBe('Open in Migratiekaart ↗');
    expect(await page.locator('.embed-open-map').textContent()).toBe(
      'Open this map in the full Migratiekaart (new tab)',
    );
    expect(await page.locator('.source-line').textContent()).toContain('Source: Migration Report 2023');
    await audit('embed page');

    await page.goto(new URL('?lang=en', app.url).href);
    await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    await page.locator('details.embed-menu summary').click();
    expect(await page.locator('details.embed-menu summary').textContent()).toBe('Embed');
    expect(await page.locator('label[for="embed-code"]').textContent()).toBe(
      'Put this view in another web page with this code:',
    );
    await expect.poll(() => page.locator('#embed-code').inputValue()).toContain('embed.html?lang=en');
    await audit('embed menu');
    expect(appProblems(watch), 'console').toEqual([]);
  }, 90_000);
});
