/** Many filter changes through the UI in a row, for the heap measurement. */
import { frame, mapOf, nextMapEvent } from './map';

const q = <T extends Element>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`no element ${selector}`);
  return el;
};
const click = (selector: string) => q<HTMLElement>(selector).click();

/** Prospects' checkbox in the programme list. */
const prospects = (): HTMLInputElement => {
  const label = [...document.querySelectorAll('fieldset.programme-list label')].find((l) =>
    /^Prospects( \(|$)/.test(l.textContent?.trim() ?? ''),
  );
  const box = label?.querySelector('input');
  if (!box) throw new Error('no Prospects checkbox');
  return box;
};

/**
 * n filter changes (programme toggles, year steps, goal switches as DOM
 * clicks), each in its own task, every tenth waiting for the map's frame;
 * then back to the state after load.
 */
export async function churn(n: number): Promise<{ frames: number; url: string }> {
  const m = mapOf();
  // Prospects is listed under 'both' and its own goal, or while selected:
  // it is switched on only after 'both', so it is always there to click.
  const goals = ['reception-in-region', 'both', 'migration-cooperation', 'both'];
  let g = 0;
  let back = true;
  let frames = 0;
  for (let i = 0; i < n; i++) {
    // Every change gets its own task (React commits, effects reach the
    // map); every tenth waits for the map's frame, so ~n/10 frames draw.
    const drawn =
      i % 10 === 9 &&
      nextMapEvent(m, 'render', 2000, () => true, false).then(async (r) => {
        if (r) await frame();
        return r;
      });
    if (i % 3 === 0) prospects().click();
    else if (i % 3 === 1) {
      click(back ? 'button[aria-label="Vorig jaar"]' : 'button[aria-label="Volgend jaar"]');
      back = !back;
    } else click(`input[name=goal][value="${goals[g++ % goals.length]}"]`);
    if (drawn) {
      if (await drawn) frames++;
    } else await new Promise((r) => setTimeout(r, 0));
  }
  // Back to the state after load: no programme, both goals, the same year.
  if (prospects().checked) prospects().click();
  click('input[name=goal][value="both"]');
  if (!back) click('button[aria-label="Volgend jaar"]');
  await frame();
  return { frames, url: location.search };
}
