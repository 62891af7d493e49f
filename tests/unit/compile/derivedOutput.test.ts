/**
 * Statement or inference in the compiled output (issue 13): every derived
 * value the app receives carries its basis in both languages, and the values
 * the data audit named as inferences are marked.
 */
import { describe, expect, it } from 'vitest';
import { realData } from '../data/realData';

interface Found {
  path: string;
  node: Record<string, unknown>;
}

/** Every object in the compiled JSON, with its path. */
function objects(value: unknown, path = '$'): Found[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, `${path}[${i}]`));
  const node = value as Record<string, unknown>;
  return [{ path, node }, ...Object.entries(node).flatMap(([k, v]) => objects(v, `${path}.${k}`))];
}

const d = realData();
// The countries' geometry holds no records; skip it (most of the bytes).
const { countries: _countries, labels: _labels, ...records } = d;
const all = objects(records);

describe('every derived value in the compiled output carries its basis', () => {
  it('each derived entry has a Dutch and an English basis', () => {
    const entries = all.flatMap(({ path, node }) =>
      node.derived && typeof node.derived === 'object'
        ? Object.entries(node.derived as Record<string, { basis_nl?: string; basis_en?: string }>).map(
            ([field, b]) => ({
              at: `${path}.derived["${field}"]`,
              nl: b.basis_nl?.trim() ?? '',
              en: b.basis_en?.trim() ?? '',
            }),
          )
        : [],
    );
    expect(entries.length).toBeGreaterThan(40); // 35 posts, and more
    expect(entries.filter((e) => !e.nl || !e.en).map((e) => e.at)).toEqual([]);
  });

  it('each phase whose years are not stated has its basis, and a phase without a start says from when it is shown', () => {
    const phases = all.filter(({ node }) => 'years_stated' in node);
    expect(phases.length).toBeGreaterThan(20);
    const unmarked = phases.filter(
      ({ node }) => node.years_stated === false && !(node.years_basis_nl && node.years_basis_en),
    );
    expect(unmarked.map((p) => p.path)).toEqual([]);
    const unstarted = phases.filter(({ node }) => node.from === null);
    expect(unstarted.map(({ node }) => [node.name_en, node.shown_from, node.years_stated])).toEqual([
      ['Phase I', 2022, false],
    ]);
  });

  it('marks the inferences the data audit listed', () => {
    const programme = (id: string) => d.programmes.find((p) => p.id === id)?.derived ?? {};
    expect(Object.keys(programme('gcff'))).toContain('countries[ARM].from');
    expect(Object.keys(programme('promis'))).toContain('countries[NER]');
    const route = d.routes.features.find((f) => f.properties.id === 'horn-yemen-gulf')?.properties.derived ?? {};
    expect(Object.keys(route).sort()).toEqual(['from', 'to']);
    for (const f of d.posts.features)
      expect(Object.keys(f.properties.derived ?? {})).toEqual(expect.arrayContaining(['lat', 'lon']));
    const cityOnly = d.posts.features.filter((f) => f.properties.derived && 'iso3' in f.properties.derived);
    expect(cityOnly.map((f) => f.properties.id).sort()).toEqual(['brussels', 'geneva', 'new-york', 'vienna']);
  });
});
