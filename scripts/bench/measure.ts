/**
 * The measured runs: a cold load of the app or the floor page, then filter
 * changes through the UI (app) or setFilter (floor), each timed in the page
 * from the input to the next frame and to the idle map.
 */
import type { Browser, Page } from 'playwright-core';
import { APP_QUERY, CHANGE_TIMEOUT_MS, KINDS, type Kind } from './config';
import { cpuOf } from './cpu';
import { coldLoad, idle, newContext } from './session';
import { watchTransfer } from './transfer';
import type { PageRun, Shifts, Timing, Transfer } from './types';

/**
 * One measured input. The element is resolved first, so Playwright's selector
 * work stays out of the CPU figure (its actionability checks remain).
 */
async function measure(page: Page, type: 'click' | 'keydown', act: () => Promise<void>): Promise<Timing> {
  const { result: t, cpu } = await cpuOf(async () => {
    await page.evaluate(([ty, timeout]) => window.__bench.arm(ty, timeout), [type, CHANGE_TIMEOUT_MS] as const);
    await act();
    return (await page.evaluate(() => window.__bench.pending)) as Timing;
  });
  t.cpu = cpu.total;
  await idle(page);
  return t;
}

async function handle(locator: ReturnType<Page['locator']>) {
  const h = await locator.elementHandle({ timeout: 30_000 });
  if (!h) throw new Error(`no element for ${locator}`);
  return h;
}

const NL_COUNTRIES = ['Nigeria', 'Kenia', 'Ethiopië', 'Marokko'];
/**
 * Goal cycle for the goal samples. Prospects (reception in the region) is
 * listed only under 'both', its own goal, or while selected; sample i toggles
 * it on when i is even, before goal sample i, so it is always there to click.
 */
const GOALS = ['reception-in-region', 'both', 'migration-cooperation', 'both'];

/** Sample i of one kind of filter change, as a user makes it. */
export async function interact(page: Page, kind: Kind, i: number): Promise<Timing> {
  switch (kind) {
    case 'programme': {
      const box = await handle(
        page
          .locator('fieldset.programme-list label')
          .filter({ hasText: /^Prospects( \(|$)/ })
          .locator('input'),
      );
      return measure(page, 'click', () => box.click());
    }
    case 'year': {
      const button = await handle(page.locator(`button[aria-label="${i % 2 === 0 ? 'Vorig jaar' : 'Volgend jaar'}"]`));
      return measure(page, 'click', () => button.click());
    }
    case 'goal': {
      const radio = await handle(page.locator(`input[name=goal][value="${GOALS[i % GOALS.length]}"]`));
      return measure(page, 'click', () => radio.click());
    }
    case 'country': {
      const search = await handle(page.locator('#country-search'));
      await search.fill(NL_COUNTRIES[i % NL_COUNTRIES.length]!);
      return measure(page, 'keydown', () => search.press('Enter'));
    }
  }
}

/** A cold load of the app, then `samples` changes of every kind. */
export async function appRun(
  browser: Browser,
  base: string,
  samples: number,
  withTransfer: boolean,
): Promise<PageRun & { mapSize: { w: number; h: number } }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const transfer = withTransfer ? watchTransfer(context, page) : null;
  const load = await coldLoad(page, new URL(APP_QUERY, base).href);
  let t: Transfer | undefined;
  if (transfer) {
    await page.waitForTimeout(300);
    t = await transfer();
  }
  const shifts: Shifts | undefined = withTransfer ? await page.evaluate(() => window.__bench.shifts()) : undefined;
  const mapSize = await page.evaluate(() => window.__bench.mapSize());
  await idle(page);
  const out: Record<Kind, Timing[]> = { programme: [], year: [], goal: [], country: [] };
  for (let i = 0; i < samples; i++) {
    for (const kind of KINDS) out[kind].push(await interact(page, kind, i));
  }
  await context.close();
  return {
    loadMs: load.ms,
    ...(load.usableMs !== undefined ? { usableMs: load.usableMs } : {}),
    programs: load.programs,
    complete: load.complete,
    loadCpu: load.cpu,
    samples: out,
    mapSize,
    ...(t ? { transfer: t } : {}),
    ...(shifts ? { shifts } : {}),
  };
}

/** A cold load of the floor page at the app's map size, then `samples` setFilter changes. */
export async function floorRun(
  browser: Browser,
  base: string,
  size: { w: number; h: number },
  samples: number,
  withTransfer: boolean,
): Promise<PageRun> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const transfer = withTransfer ? watchTransfer(context, page) : null;
  const load = await coldLoad(page, new URL(`floor.html?w=${size.w}&h=${size.h}`, base).href);
  const t = transfer ? await transfer() : undefined;
  await idle(page);
  const floor: Timing[] = [];
  for (let i = 0; i < samples; i++) {
    const { result: timing, cpu } = await cpuOf(() =>
      page.evaluate((timeout) => window.__bench.floorChange(timeout), CHANGE_TIMEOUT_MS),
    );
    timing.cpu = cpu.total;
    floor.push(timing);
    await idle(page);
  }
  await context.close();
  return {
    loadMs: load.ms,
    programs: load.programs,
    complete: load.complete,
    loadCpu: load.cpu,
    samples: { floor },
    ...(t ? { transfer: t } : {}),
  };
}
