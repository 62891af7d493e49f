import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { compileAll } from '../../../src/compile/compile';
import { parseEdition } from '../../../src/compile/parseEdition';
import { OUTPUT_FILES, type OutputKey } from '../../../src/model/outputFiles';
import { checkTexts, getWorld, texts2023 } from '../data/helpers';
import { runs } from '../support/fuzzRuns';

const texts = texts2023();
const files = Object.keys(texts).sort();

/** A random edit of one file's text: a CSV cell or a YAML scalar replaced, a line dropped or duplicated, bytes garbled. */
const mutation = fc.record({
  file: fc.constantFrom(...files),
  kind: fc.constantFrom('cell', 'scalar', 'drop-line', 'dup-line', 'garble', 'truncate'),
  at: fc.nat(),
  value: fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer().map(String),
    fc.constantFrom('', 'null', '-1', '9999', 'XYZ', '[]', '{', '"'),
  ),
});

function mutate(m: { file: string; kind: string; at: number; value: string }): Record<string, string> {
  const text = texts[m.file] ?? '';
  const lines = text.split('\n');
  const i = lines.length > 0 ? m.at % lines.length : 0;
  let out = text;
  switch (m.kind) {
    case 'cell': {
      const cells = (lines[i] ?? '').split(',');
      cells[m.at % Math.max(cells.length, 1)] = m.value;
      lines[i] = cells.join(',');
      out = lines.join('\n');
      break;
    }
    case 'scalar': {
      if (m.file.endsWith('.yaml')) {
        const doc = parseDocument(text);
        const scalars: { value: unknown }[] = [];
        const visit = (node: unknown) => {
          if (node && typeof node === 'object') {
            if ('value' in node && !('items' in node)) scalars.push(node as { value: unknown });
            for (const v of Object.values(node as object)) visit(v);
          }
        };
        visit(doc.contents);
        const target = scalars[m.at % Math.max(scalars.length, 1)];
        if (target) target.value = m.value;
        out = doc.toString();
      }
      break;
    }
    case 'drop-line':
      lines.splice(i, 1);
      out = lines.join('\n');
      break;
    case 'dup-line':
      lines.splice(i, 0, lines[i] ?? '');
      out = lines.join('\n');
      break;
    case 'garble':
      out = text.slice(0, m.at % (text.length + 1)) + m.value + text.slice(m.at % (text.length + 1));
      break;
    case 'truncate':
      out = text.slice(0, m.at % (text.length + 1));
      break;
  }
  return { ...texts, [m.file]: out };
}

describe('random mutations of valid data files', () => {
  it('either validate or produce a named error (file, path or row, message, code); never an exception', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const errors = checkTexts(mutate(m));
        for (const e of errors) {
          expect(e.file).toMatch(/^data\/2023\/[a-z-]+\.(csv|yaml)$/);
          expect(e.message.length).toBeGreaterThan(0);
          expect(e.code.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(1_000, 150) },
    );
  });

  it('whenever they validate, the compile step emits valid GeoJSON', () => {
    const world = getWorld();
    fc.assert(
      fc.property(mutation, (m) => {
        const t = mutate(m);
        if (checkTexts(t).length > 0) return;
        const parsed = parseEdition('data/2023', t);
        const out = compileAll([{ year: parsed.data!.edition.year, data: parsed.data! }], world);
        for (const [key, value] of Object.entries(out)) {
          if (!OUTPUT_FILES[key as OutputKey].endsWith('.geojson')) continue;
          const fcoll = value as {
            type: string;
            features: { type: string; geometry: { type: string; coordinates: unknown } }[];
          };
          expect(fcoll.type).toBe('FeatureCollection');
          for (const f of fcoll.features) {
            expect(f.type).toBe('Feature');
            expect(['Point', 'LineString', 'Polygon', 'MultiPolygon']).toContain(f.geometry.type);
            expect(JSON.stringify(f.geometry.coordinates)).not.toMatch(/null|NaN|Infinity/);
          }
        }
      }),
      { numRuns: runs(300, 25) },
    );
  });
});
