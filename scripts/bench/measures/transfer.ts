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
 * What the server sent against what it should send: the bytes on the wire
 * (bodies and headers) over the bodies compressed as their Content-Encoding
 * says. Near 1: every text file went out compressed, in the encoding the
 * build precompressed it in.
 */
export function wireOverEncoded({ app }: Results): Measurement[] {
  const tr = transfers(app[1]);
  if (tr.length === 0) return [];
  const wire = median(tr.map((t) => t.wire.total ?? 0));
  const encoded = median(tr.map((t) => t.encoded.total ?? 0));
  const gzip = median(tr.map((t) => t.gzip.total ?? 0));
  const encodings = [...new Set(tr.flatMap((t) => t.requests.map((r) => r.encoding || 'identity')))].sort().join(', ');
  return [
    {
      value: wire / encoded,
      measured: `on the wire ${kb(wire)}, bodies as encoded ${kb(encoded)} (${encodings}); gzip -6 of every body ${kb(gzip)}`,
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
