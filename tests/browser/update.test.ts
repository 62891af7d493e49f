/**
 * A new edition reaches a returning visitor: the build is served by nginx with
 * the shipped config, a data file then changes on the server (with the new
 * service worker a rebuild makes), and the visitor, whose service worker
 * answers from its precache, is offered the new version once, clicks it once,
 * and sees the new data after one reload: no stale data for ever, no reload loop.
 */
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressDir } from '../../scripts/compress-dist';
import { startNginx } from '../../scripts/serve/nginx';
import type { RunningServer } from '../../scripts/serve/server';
import { DESKTOP, distDir, launchBrowser, newContext, newPage } from './support';

const OLD_NAME = 'COMPASS';
const NEW_NAME = 'COMPASS (nieuwe editie)';

let work: string;
let root: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'migratiekaart-update-'));
  // nginx's workers (nobody, when the tests run as root) must be able to read it.
  chmodSync(work, 0o755);
  root = join(work, 'dist');
  cpSync(distDir(), root, { recursive: true });
  server = await startNginx({ root });
  browser = await launchBrowser();
  context = await newContext(browser, DESKTOP, { serviceWorkers: 'allow' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What a rebuild with a changed data file does: the file, its precache revision in sw.js, their .br/.gz. */
function publishNewEdition() {
  const file = join(root, 'data/programmes.json');
  const before = readFileSync(file, 'utf8');
  const after = before.replace(`"name_nl":"${OLD_NAME}"`, `"name_nl":"${NEW_NAME}"`);
  expect(after, 'fixture: COMPASS renamed').not.toBe(before);
  writeFileSync(file, after);
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');
  const sw = join(root, 'sw.js');
  const entry = (text: string) => `{url:"data/programmes.json",revision:"${md5(text)}"}`;
  const swText = readFileSync(sw, 'utf8');
  expect(swText, 'fixture: sw.js precaches programmes.json by content hash').toContain(entry(before));
  writeFileSync(sw, swText.replace(entry(before), entry(after)));
  compressDir(root);
}

const programmeNames = (page: Page) => page.locator('fieldset.programme-list').textContent();

async function waitForApp(page: Page) {
  await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
}

describe('Service worker update', () => {
  it('an updated data file reaches a returning visitor after one offer and one reload', async () => {
    // First visit: the service worker installs and precaches; the next load is answered by it.
    const first = await newPage(context);
    await first.page.goto(server.url);
    await waitForApp(first.page);
    await first.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await first.page.reload();
    await waitForApp(first.page);
    await expect.poll(() => first.page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(await programmeNames(first.page)).toContain(OLD_NAME);
    // The embed's address, with its view in the query, is the precached embed page, not the app.
    await first.page.goto(new URL('embed.html?country=NGA', server.url).href);
    await first.page.locator('.app.embed .map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    await first.page.close();

    publishNewEdition();

    // The visitor returns: the old version answers at once, and the new one is offered.
    const { page, watch } = await newPage(context);
    // Document loads only: the app's own history.replaceState (e.g. the camera after a resize) is no reload.
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.goto(server.url);
    await waitForApp(page);
    expect(await programmeNames(page)).not.toContain(NEW_NAME);
    const offer = page.locator('.badge-update');
    await offer.waitFor({ timeout: 30_000 });
    expect(await offer.textContent()).toBe('Nieuwe versie beschikbaar – herladen');
    expect(loads, loads.join(' ')).toHaveLength(1);

    // One click: the new worker takes over and the page reloads once, with the new data.
    await offer.click();
    await expect.poll(() => loads.length, { timeout: 30_000 }).toBe(2);
    await waitForApp(page);
    await expect.poll(() => programmeNames(page), { timeout: 30_000 }).toContain(NEW_NAME);
    // Settled: nothing waiting or installing, so nothing will offer or reload again.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          return !!reg?.active && !reg.waiting && !reg.installing && !!navigator.serviceWorker.controller;
        }),
      )
      .toBe(true);
    expect(await offer.count()).toBe(0);
    expect(loads).toHaveLength(2);
    expect(watch.problems, 'console errors/warnings').toEqual([]);
  }, 150_000);
});
