/**
 * The output contract of the compile step: the files under public/geo and
 * public/data that the map reads (README.md, "Data files").
 */

import { gzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type CountryProperties, compileAll } from '../../../src/compile/compile';
import { DATA_PATHS } from '../../../src/data/loadAppData';
import { OUTPUT_FILES, type OutputKey } from '../../../src/model/outputFiles';
import { data2023, getWorld } from '../data/helpers';

const out = compileAll([{ year: 2023, data: data2023() }], getWorld());

const { countries, labels, posts, routes, programmes } = out;

/** The 2023 edition's focus goals and activity counts, as the map reads them. */
const focus = (p: CountryProperties) => p.focus_by_year['2023'] ?? [];
const activities = (p: CountryProperties) => p.activities_by_year['2023'] ?? {};
const programmesIn = (iso3: string) =>
  programmes.filter((p) => p.countries.some((c) => c.iso3 === iso3)).map((p) => p.id);

function country(iso3: string): CountryProperties {
  const found = countries.features.filter((f) => f.properties.iso3 === iso3);
  expect(found, iso3).toHaveLength(1);
  return found[0]!.properties;
}

describe('the files', () => {
  it('are exactly the ones the app loads', () => {
    // Every compiled file is fetched by the app, and the app fetches nothing else.
    expect(Object.keys(out).sort()).toEqual(Object.keys(DATA_PATHS).sort());
  });

  it('fit the size budget: all geo/ files together are at most 250 KB gzipped', () => {
    const bytes = Object.entries(out)
      .filter(([key]) => OUTPUT_FILES[key as OutputKey].startsWith('geo/'))
      .reduce((sum, [, value]) => sum + gzipSync(JSON.stringify(value)).length, 0);
    expect(bytes).toBeLessThanOrEqual(250 * 1024);
  });
});

describe('geo/countries.geojson', () => {
  it('has one feature per ISO3 code', () => {
    const codes = countries.features.flatMap((f) => (f.properties.iso3 ? [f.properties.iso3] : []));
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    expect(codes.length).toBeGreaterThan(200);
  });

  it('gives every feature the properties the map reads, with the right types', () => {
    for (const f of countries.features) {
      const p = f.properties;
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(p.iso3 === null || /^[A-Z]{3}$/.test(p.iso3)).toBe(true);
      expect(typeof p.name_nl).toBe('string');
      expect(p.name_nl.length).toBeGreaterThan(0);
      expect(typeof p.name_en).toBe('string');
      expect(p.name_en.length).toBeGreaterThan(0);
      for (const focus of Object.values(p.focus_by_year)) expect(Array.isArray(focus)).toBe(true);
      for (const counts of Object.values(p.activities_by_year)) {
        expect(Array.isArray(counts)).toBe(false);
        for (const n of Object.values(counts)) expect(Number.isInteger(n)).toBe(true);
      }
    }
  });

  it('gives every feature a unique numeric id (for feature-state highlighting)', () => {
    const ids = countries.features.map((f) => f.id);
    for (const id of ids) expect(typeof id).toBe('number');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names countries in Dutch and English', () => {
    expect(country('NGA')).toMatchObject({ name_nl: 'Nigeria', name_en: 'Nigeria' });
    expect(country('SDN')).toMatchObject({ name_nl: 'Soedan', name_en: 'Sudan' });
    expect(country('XKX')).toMatchObject({ name_nl: 'Kosovo', name_en: 'Kosovo' });
  });

  it('names the Palestinian territories as the Dutch government does (README, boundary policy)', () => {
    // The Netherlands does not recognise a State of Palestine (data audit finding 21).
    expect(country('PSE')).toMatchObject({ name_nl: 'Palestijnse Gebieden', name_en: 'Palestinian Territories' });
    expect(country('TWN')).toMatchObject({ name_nl: 'Taiwan', name_en: 'Taiwan' });
    expect(country('ESH')).toMatchObject({ name_nl: 'Westelijke Sahara', name_en: 'Western Sahara', neutral: true });
  });

  it('shows Nigeria as a migration-cooperation focus country with 7 activities and its programmes', () => {
    const p = country('NGA');
    expect(focus(p)).toEqual(['migration-cooperation']);
    expect(activities(p)).toEqual({ 'migration-cooperation': 7 });
    expect(programmesIn('NGA')).toEqual(expect.arrayContaining(['compass', 'promis', 'steap']));
  });

  it('leaves out the activity count of a focus country without activities (Niger), rather than 0', () => {
    const p = country('NER');
    expect(focus(p)).toEqual(['migration-cooperation']);
    expect(activities(p)).not.toHaveProperty('migration-cooperation');
    expect(activities(p)).toEqual({});
  });

  it('counts Somalia (Somaliland included) with one activity and no focus', () => {
    const p = country('SOM');
    expect(activities(p)).toEqual({ 'migration-cooperation': 1 });
    expect(focus(p)).toEqual([]);
  });

  it('gives countries in both goals both focus goals and both counts (Egypt)', () => {
    const p = country('EGY');
    expect(focus(p)).toEqual(['migration-cooperation', 'reception-in-region']);
    expect(activities(p)).toEqual({ 'migration-cooperation': 2, 'reception-in-region': 5 });
  });

  it('keeps Western Sahara neutral, with no focus, activities or programmes', () => {
    const p = country('ESH');
    expect(p.neutral).toBe(true);
    expect(focus(p)).toEqual([]);
    expect(activities(p)).toEqual({});
    expect(programmesIn('ESH')).toEqual([]);
  });

  it('does not give Morocco any count or highlight in Western Sahara', () => {
    const mar = countries.features.find((f) => f.properties.iso3 === 'MAR')!;
    expect(booleanPointInPolygon([-13.0, 24.5], mar.geometry)).toBe(false);
    expect(activities(mar.properties)).toEqual({ 'migration-cooperation': 4 });
  });
});

describe('geo/labels.geojson', () => {
  it('has exactly one label point per country', () => {
    const codes = countries.features.flatMap((f) => (f.properties.iso3 ? [f.properties.iso3] : []));
    const labelled = labels.features.map((f) => f.properties.iso3);
    expect([...labelled].sort()).toEqual([...codes].sort());
  });

  it('places every label inside its country', () => {
    const byIso = new Map(countries.features.map((f) => [f.properties.iso3, f]));
    const outside = labels.features.filter((l) => {
      const c = byIso.get(l.properties.iso3) as Feature<Polygon | MultiPolygon>;
      return !booleanPointInPolygon(l.geometry, c.geometry);
    });
    expect(outside.map((l) => `${l.properties.iso3} ${l.geometry.coordinates}`)).toEqual([]);
  });

  it('labels France in Europe, not in French Guiana', () => {
    const fra = labels.features.find((l) => l.properties.iso3 === 'FRA')!;
    const [lon, lat] = fra.geometry.coordinates;
    expect(lon).toBeGreaterThan(-5);
    expect(lat).toBeGreaterThan(42);
  });
});

describe('geo/posts.geojson', () => {
  it('has the 35 posts as points', () => {
    expect(posts.features).toHaveLength(35);
    for (const f of posts.features) expect(f.geometry.type).toBe('Point');
  });

  it('marks only Kabul as closed', () => {
    const closed = posts.features.filter((f) => f.properties.status === 'closed');
    expect(closed.map((f) => f.properties.id)).toEqual(['kabul']);
    const others = posts.features.filter((f) => f.properties.id !== 'kabul');
    for (const f of others) expect(f.properties.status).toBe('open');
  });
});

describe('geo/routes.geojson', () => {
  it('draws routes as lines with a detections number or null', () => {
    expect(routes.features.length).toBeGreaterThan(0);
    for (const f of routes.features) {
      expect(f.geometry.type).toBe('LineString');
      expect(f.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
      const n = f.properties.detections_2023;
      expect(n === null || typeof n === 'number').toBe(true);
    }
  });

  it('gives the Central Mediterranean 158,000 and the Western Mediterranean no figure', () => {
    const byId = new Map(routes.features.map((f) => [f.properties.id, f.properties]));
    expect(byId.get('central-mediterranean')?.detections_2023).toBe(158000);
    expect(byId.get('western-mediterranean')?.detections_2023).toBeNull();
  });
});

describe('data/programmes.json', () => {
  it('uses stable lower-kebab-case ids', () => {
    for (const p of programmes) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(programmes.map((p) => p.id)).size).toBe(programmes.length);
  });

  it('includes Prospects, COMPASS and PROMIS', () => {
    expect(programmes.map((p) => p.id)).toEqual(expect.arrayContaining(['prospects', 'compass', 'promis']));
  });

  it('attaches each programme its own results', () => {
    const prospects = out.programmes as {
      id: string;
      results: { programme: string }[];
    }[];
    const p = prospects.find((x) => x.id === 'prospects')!;
    expect(p.results.length).toBeGreaterThan(0);
    for (const r of p.results) expect(r.programme).toBe('prospects');
  });
});

describe('data/editions.json', () => {
  it('names 2023 as the only and latest edition', () => {
    const e = out.editions as {
      editions: { year: number }[];
      latest: number;
      years: number[];
    };
    expect(e.editions.map((x) => x.year)).toEqual([2023]);
    expect(e.latest).toBe(2023);
    expect(e.years).toContain(2023);
  });
});
