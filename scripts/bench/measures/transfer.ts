/** The 1x rows on what the first load transfers (app, and the floor page for comparison). */
import type { Measurement } from '../judge';
import { kb, median } from '../stats';
import type { PageRun, Results, Transfer } from '../types';

const transfers = (runs: PageRun[]): Transfer[] => runs.flatMap((a) => (a.transfer ? [a.transfer] : []));
const split = (tr: Transfer[], kinds: string[]) =>
  kinds.map((k) => `${k} ${kb(median(tr.map((t) => t.gzip[k] ?? 0)))}`).join(', ');

export function appTransfer({ app, floor }: Results): Measurement[] {
  const tr = transfers(app[1]);
  if (tr.length === 0 || floor[1].length === 0) return [];
  const total = median(tr.map((t) => t.gzip.total ?? 0));
  return [
    {
      value: total,
      measured: `${kb(total)} (${split(tr, ['js', 'css', 'geo', 'data', 'other'])}); on the wire ${kb(median(tr.map((t) => t.wire.total ?? 0)))}; the service worker then precaches ${kb(median(tr.map((t) => t.serviceWorker.wire)))} more`,
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
  return [
    {
      value: Number.NaN,
      measured: `${kb(median(ft.map((t) => t.gzip.total ?? 0)))} (${split(ft, ['js', 'css', 'geo', 'other'])})`,
    },
  ];
}
