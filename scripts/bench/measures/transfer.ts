/** The 1x rows on what the first load transfers: the app's own weight over the floor page's, and how it is served. */
import type { Measurement } from '../judge';
import { kb, median } from '../stats';
import type { PageRun, Results, Transfer } from '../types';

const transfers = (runs: PageRun[]): Transfer[] => runs.flatMap((a) => (a.transfer ? [a.transfer] : []));
const gzipOf = (tr: Transfer[], kind: string) => median(tr.map((t) => t.gzip[kind] ?? 0));
const split = (tr: Transfer[], kinds: [string, string][]) =>
  kinds.map(([k, label]) => `${label} ${kb(gzipOf(tr, k))}`).join(', ');

/** The parts of a first load, as transfer.ts kindOf() names them. */
const ALL: [string, string][] = [
  ['maplibre', 'MapLibre'],
  ['countries', 'country shapes'],
  ['react', 'React'],
  ['js', 'app JS'],
  ['css', 'CSS'],
  ['data', 'data'],
  ['fonts', 'fonts/glyphs'],
  ['geo', 'other geo'],
  ['other', 'other'],
];

/**
 * The app's first load minus the floor page's (gzip -6 of every body, median
 * of the runs): everything beyond MapLibre and the country shapes, which both
 * pages load. In KB, as the limit is written.
 */
export function ownWeight({ app, floor }: Results): Measurement[] {
  const a = transfers(app[1]);
  const f = transfers(floor[1]);
  if (a.length === 0 || f.length === 0) return [];
  const total = (tr: Transfer[]) => gzipOf(tr, 'total');
  const beyond = ALL.slice(2)
    .map(([k, label]) => `${label} ${kb(gzipOf(a, k) - gzipOf(f, k))}`)
    .join(', ');
  return [
    {
      value: (total(a) - total(f)) / 1024,
      measured:
        `+${kb(total(a) - total(f))}: app ${kb(total(a))}, floor ${kb(total(f))}. ` +
        `Beyond the floor: ${beyond}. Shared: MapLibre ${kb(gzipOf(a, 'maplibre'))} (floor ${kb(gzipOf(f, 'maplibre'))}), ` +
        `country shapes ${kb(gzipOf(a, 'countries'))} (floor ${kb(gzipOf(f, 'countries'))})`,
    },
  ];
}

export function appTransfer({ app }: Results): Measurement[] {
  const tr = transfers(app[1]);
  if (tr.length === 0) return [];
  return [
    {
      value: Number.NaN,
      measured: `${kb(gzipOf(tr, 'total'))} (${split(tr, ALL)}); on the wire ${kb(median(tr.map((t) => t.wire.total ?? 0)))}; the service worker then precaches ${kb(median(tr.map((t) => t.serviceWorker.wire)))} more`,
    },
  ];
}

/**
 * What the server sent against what it should send: each body's bytes on the
 * wire over the body compressed as its Content-Encoding says. Near 1: every
 * text file went out compressed, in the encoding the build precompressed it
 * in. Requests whose body size Chromium does not report (a worker's script)
 * are left out and counted.
 */
export function wireOverEncoded({ app }: Results): Measurement[] {
  const tr = transfers(app[1]);
  if (tr.length === 0) return [];
  const ratios = tr.map((t) => {
    const seen = t.requests.filter((r) => r.wireBody > 0);
    const sum = (k: 'wireBody' | 'encoded') => seen.reduce((n, r) => n + r[k], 0);
    return { wire: sum('wireBody'), encoded: sum('encoded'), unseen: t.requests.length - seen.length };
  });
  const wire = median(ratios.map((r) => r.wire));
  const encoded = median(ratios.map((r) => r.encoded));
  const gzip = median(tr.map((t) => t.gzip.total ?? 0));
  const encodings = [...new Set(tr.flatMap((t) => t.requests.map((r) => r.encoding || 'identity')))].sort().join(', ');
  return [
    {
      value: wire / encoded,
      measured: `bodies on the wire ${kb(wire)}, the same bodies as encoded ${kb(encoded)} (${encodings}; ${median(ratios.map((r) => r.unseen))} request(s) without a reported body size left out); all headers and bodies ${kb(median(tr.map((t) => t.wire.total ?? 0)))}; gzip -6 of every body ${kb(gzip)}`,
    },
  ];
}

export function floorTransfer({ app, floor }: Results): Measurement[] {
  const ft = transfers(floor[1]);
  if (ft.length === 0 || transfers(app[1]).length === 0) return [];
  return [{ value: Number.NaN, measured: `${kb(gzipOf(ft, 'total'))} (${split(ft, ALL)})` }];
}
