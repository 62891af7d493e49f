import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/model/ids';
import { decodeUrl, encodeUrl } from '../../../src/state/urlCodec';
import { runs } from '../support/fuzzRuns';

const KEYS = [
  'prog',
  'year',
  'goal',
  'fill',
  'country',
  'post',
  'route',
  'layers',
  'view',
  'lang',
  'map',
  'scene',
  'x',
  '',
];

/** Query strings that look like ours, mangled: known keys with hostile values, raw junk, encodings. */
const queryString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...KEYS),
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })),
      ),
      {
        maxLength: 12,
      },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${Math.random() < 0.5 ? encodeURIComponent(v) : v}`).join('&')}`),
);

function assertValid(state: ReturnType<typeof decodeUrl>['state']) {
  expect(['nl', 'en']).toContain(state.lang);
  expect(['both', 'reception-in-region', 'migration-cooperation']).toContain(state.goal);
  expect(['activities', 'programmes']).toContain(state.fill);
  expect(['map', 'table', 'charts', 'timeline']).toContain(state.view);
  expect(state.year === null || (Number.isInteger(state.year) && state.year >= 1990 && state.year <= 2100)).toBe(true);
  expect(state.scene === null || (Number.isInteger(state.scene) && state.scene >= 1)).toBe(true);
  for (const p of state.programmes) expect(p).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(Object.keys(state.layers).sort()).toEqual([...LAYER_IDS].sort());
  if (state.selection?.kind === 'country') expect(state.selection.iso3).toMatch(/^[A-Z]{3}$/);
}

describe('URL codec under random input', () => {
  it('always decodes to a valid state and never throws; what it writes reads back the same', () => {
    fc.assert(
      fc.property(queryString, (q) => {
        const d = decodeUrl(q);
        assertValid(d.state);
        const again = decodeUrl(encodeUrl(d.state, d.camera));
        expect(again.state).toEqual(d.state);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: runs(100_000, 10_000) },
    );
  });
});
