import { chromium } from 'playwright-core';
const args = ['--headless','--no-sandbox','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--use-angle=swiftshader','--enable-unsafe-swiftshader','--js-flags=--expose-gc','--enable-precise-memory-info'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const c = await b.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', locale: 'nl-NL' });
const p = await c.newPage();
await p.goto('http://localhost:4199/');
await p.locator('.map[data-ready="true"]').waitFor({ state: 'attached' });
await p.waitForTimeout(2000);
const heap = async () => p.evaluate(async () => { for (let i=0;i<4;i++){ window.gc(); await new Promise(r=>setTimeout(r,100)); } return Math.round(performance.memory.usedJSHeapSize/1024); });
const cdp = await c.newCDPSession(p);
const counts = async () => {
  // Count objects by constructor via a heap snapshot summary would be heavy; use queryObjects on a few prototypes.
  return {};
};
await p.getByRole('button', { name: 'Presentatie starten' }).click();
let step = 0;
const log = [];
log.push([0, await heap()]);
for (const target of [26, 100, 200, 300, 400, 600]) {
  for (; step < target; step++) await p.keyboard.press(Math.floor(step / 13) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
  await p.waitForTimeout(1500);
  const extra = await p.evaluate(() => { const m = window.migratiekaart?.controller.map; const sc = m.style.sourceCaches ?? m.style.tileManagers; return { hist: history.length, tiles: Object.fromEntries(Object.entries(sc ?? {}).map(([k,v]) => [k, Object.keys(v._tiles ?? {}).length + '/' + (v._cache?.order?.length ?? '?')])) }; }).catch(e => String(e));
  log.push([target, await heap(), JSON.stringify(extra)]);
  console.log(log.at(-1).join(' '));
}
await b.close();
