/**
 * A V8 heap snapshot (CDP HeapProfiler) summed per constructor: what the
 * benchmark reports as growth, and what the hygiene test sums without
 * compiled code.
 */
import type { CDPSession } from 'playwright-core';

export type ByConstructor = Map<string, { size: number; count: number }>;

/** Self size and count per constructor in a heap snapshot (CDP HeapProfiler). */
export async function heapByConstructor(cdp: CDPSession): Promise<ByConstructor> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const [fType, fName, fSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const types = snap.snapshot.meta.node_types[0];
  const out: ByConstructor = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + fType]!] ?? '?';
    const name = type === 'object' || type === 'native' ? snap.strings[snap.nodes[i + fName]!]! : `(${type})`;
    const e = out.get(name) ?? { size: 0, count: 0 };
    e.size += snap.nodes[i + fSize]!;
    e.count += 1;
    out.set(name, e);
  }
  return out;
}

/** Bytes in a snapshot that are compiled code (`code`: true) or everything else. */
export function sizeOf(m: ByConstructor, code: boolean): number {
  return [...m.entries()].reduce((a, [k, v]) => a + ((k === '(code)') === code ? v.size : 0), 0);
}
