/**
 * Validated editions + world boundaries -> the files under public/.
 * Pure: returns file name -> JSON value; scripts/data-build.ts writes them.
 * The output contract is documented in README.md ("Data files").
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { GoalId } from '../model/ids';
import type { OutputKey } from '../model/outputFiles';
import { countryName } from './countryNames';
import type { EditionData } from './editionFiles';
import { type LoadedEdition, mergeById, ofEdition } from './editionRecords';
import type { WorldArea } from './world';

export type { LoadedEdition };

type ActivityCounts = Partial<Record<GoalId, number>>;

export interface CountryProperties {
  iso3: string | null;
  /** West, south, east, north of the largest part, for "fit to selection" (France fits Europe, not Guiana too). */
  fit_bounds: [number, number, number, number];
  name_nl: string;
  name_en: string;
  /** Western Sahara and areas no state is drawn for: never highlighted. */
  neutral: boolean;
  /** year -> goal -> count, for every edition that reports counts. */
  activities_by_year: Record<string, ActivityCounts>;
  /** year -> the goals a country is a focus country for, for every edition that names it. */
  focus_by_year: Record<string, GoalId[]>;
}

/** Areas the boundary policy keeps apart and neutral. */
const NEUTRAL_ISO3 = new Set(['ESH']);

/**
 * Every file the app loads, by its key in OUTPUT_FILES (which also gives its
 * path under public/). The app's types (src/data/types.ts) are this function's
 * return type, so the two cannot drift.
 */
export function compileAll(editions: LoadedEdition[], world: WorldArea[]) {
  if (editions.length === 0) throw new Error('no editions to compile');
  const sorted = [...editions].sort((a, b) => a.year - b.year);
  const latest = sorted[sorted.length - 1]!;
  const programmes = mergeById(sorted.map((e) => e.data.programmes));
  const countries = compileCountries(sorted, world);
  const labels = compileLabels(countries);
  return {
    countries,
    labels,
    context: compileContext(latest.data, labels),
    posts: compilePosts(latest.data),
    routes: compileRoutes(latest.data),
    programmes: compileProgrammes(programmes, sorted),
    // A moment is one event: a later report's account of it replaces the earlier one.
    // Its edition places a moment the report does not date (year null) in the reporting year.
    moments: mergeById(sorted.map((e) => ofEdition([e], (d) => d.moments))),
    statistics: compileStatistics(latest.data),
    notes: ofEdition(sorted, (d) => d.notes),
    dialogues: latest.data.dialogues,
    editions: compileEditionsIndex(sorted, programmes),
    // The story is the latest report's.
    scenes: latest.data.scenes,
  } satisfies Record<OutputKey, unknown>;
}

export type CompiledData = ReturnType<typeof compileAll>;

type Programme = EditionData['programmes'][number];

function compileCountries(
  editions: LoadedEdition[],
  world: WorldArea[],
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const features = world.map((a, index): Feature<Polygon | MultiPolygon, CountryProperties> => {
    const iso3 = a.iso3;
    const neutral = iso3 === null || NEUTRAL_ISO3.has(iso3);
    const activitiesByYear: Record<string, ActivityCounts> = {};
    const focusByYear: Record<string, GoalId[]> = {};
    if (iso3 && !neutral) {
      for (const e of editions) {
        const counts: ActivityCounts = {};
        for (const r of e.data.activities) if (r.iso3 === iso3) counts[r.goal] = r.count;
        if (Object.keys(counts).length > 0) activitiesByYear[e.year] = counts;
        const focus = e.data.focus.filter((r) => r.iso3 === iso3).map((r) => r.goal);
        if (focus.length > 0) focusByYear[e.year] = sortGoals(focus);
      }
    }
    return {
      type: 'Feature',
      id: index,
      geometry: a.geometry,
      properties: {
        iso3,
        fit_bounds: bbox({ type: 'Polygon', coordinates: largestPart(a.geometry) }) as [number, number, number, number],
        name_nl: (iso3 && countryName(iso3, 'nl')) || a.neName,
        name_en: (iso3 && countryName(iso3, 'en')) || a.neName,
        neutral,
        activities_by_year: activitiesByYear,
        focus_by_year: focusByYear,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

function sortGoals(goals: GoalId[]): GoalId[] {
  return [...new Set(goals)].sort();
}

/** A country's largest part by true area: where its label goes and what "fit to selection" shows. */
function largestPart(geometry: Polygon | MultiPolygon): Position[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0]!;
  let largestArea = -1;
  for (const poly of polygons) {
    const a = area({ type: 'Polygon', coordinates: poly });
    if (a > largestArea) [largest, largestArea] = [poly, a];
  }
  return largest;
}

export interface LabelProperties {
  iso3: string;
  name_nl: string;
  name_en: string;
  /** Square kilometres of the whole country: larger countries label first. */
  area_km2: number;
}

export function compileLabels(
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>,
): FeatureCollection<Point, LabelProperties> {
  const features: Feature<Point, LabelProperties>[] = [];
  for (const f of countries.features) {
    const p = f.properties;
    if (!p.iso3) continue;
    // Label the largest part (France's label belongs in Europe, not Guiana).
    const largest = largestPart(f.geometry);
    // Precision relative to the part's size: with a fixed 0.05° polylabel
    // returns a corner of the bounding box for islands smaller than that.
    const outer = largest[0] ?? [];
    const size = Math.min(
      Math.max(...outer.map((p) => p[0]!)) - Math.min(...outer.map((p) => p[0]!)),
      Math.max(...outer.map((p) => p[1]!)) - Math.min(...outer.map((p) => p[1]!)),
    );
    const at = polylabel(largest as [number, number][][], Math.min(0.05, size / 20));
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(at[0]!), round(at[1]!)] },
      properties: {
        iso3: p.iso3,
        name_nl: p.name_nl,
        name_en: p.name_en,
        area_km2: Math.round(area(f) / 1e6),
      },
    });
  }
  features.sort((a, b) => b.properties.area_km2 - a.properties.area_km2);
  return { type: 'FeatureCollection', features };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function compilePosts(d: EditionData) {
  return {
    type: 'FeatureCollection',
    features: d.posts.map((p) => ({
      type: 'Feature',
      id: p.number,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        number: p.number,
        iso3: p.iso3,
        name_nl: p.city_nl,
        name_en: p.city_en,
        status: p.status,
        source: p.source,
      },
    })),
  } satisfies FeatureCollection<Point>;
}

function compileRoutes(d: EditionData) {
  return {
    type: 'FeatureCollection',
    features: d.routes.routes.map((r, i) => ({
      type: 'Feature',
      id: i,
      geometry: { type: 'LineString', coordinates: r.path },
      properties: {
        id: r.id,
        name_nl: r.name_nl,
        name_en: r.name_en,
        detections_2023: r.detections_2023,
        qualifier: r.qualifier,
        share_of_total_pct: r.share_of_total_pct,
        partial_nl: r.partial_nl,
        partial_en: r.partial_en,
        from: r.from,
        to: r.to,
        dialogue: r.dialogue,
        source: r.source,
      },
    })),
  } satisfies FeatureCollection<LineString>;
}

function compileProgrammes(programmes: Programme[], editions: LoadedEdition[]) {
  const results = ofEdition(editions, (d) => d.results);
  return programmes.map((p) => ({ ...p, results: results.filter((r) => r.programme === p.id) }));
}

function compileStatistics(d: EditionData) {
  return {
    year: d.edition.year,
    figures: d.statistics.figures,
    top_hosting: d.statistics.top_hosting,
    top_origin: d.statistics.top_origin,
    budgets: d.budgets,
    activity_totals: d.edition.activity_totals,
    results: d.results,
    routes_total_2023: d.routes.total_2023,
  };
}

/** The years the data know: every phase year and every edition. */
function compileEditionsIndex(editions: LoadedEdition[], programmes: Programme[]) {
  const latest = editions[editions.length - 1]!;
  const years = new Set<number>(editions.map((e) => e.year));
  for (const p of programmes)
    for (const ph of p.phases) {
      for (let y = ph.from; y <= (ph.to ?? latest.year); y++) years.add(y);
    }
  return {
    editions: editions.map((e) => ({
      year: e.year,
      title_nl: e.data.edition.title_nl,
      title_en: e.data.edition.title_en,
      source: e.data.edition.source,
      activity_totals: e.data.edition.activity_totals,
      // Where the panel's focus roles and counts come from, per goal.
      focus_sources: firstSourceByGoal(e.data.focus),
      activity_sources: firstSourceByGoal(e.data.activities),
    })),
    latest: latest.year,
    years: [...years].sort((a, b) => a - b),
    goals: latest.data.edition.goals,
  };
}

function firstSourceByGoal(rows: { goal: GoalId; source: string }[]): Partial<Record<GoalId, string>> {
  const out: Partial<Record<GoalId, string>> = {};
  for (const r of rows) out[r.goal] ??= r.source;
  return out;
}

const millions = (n: number, lang: 'nl' | 'en') =>
  lang === 'nl'
    ? `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n / 1e6)} mln`
    : `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(n / 1e6)} million`;

/**
 * Chapter 1's top-5 host and origin countries as points (at each country's
 * label point) for the proportional-symbol layer.
 */
function compileContext(d: EditionData, labels: ReturnType<typeof compileLabels>) {
  const at = new Map(labels.features.map((f) => [f.properties.iso3, f.geometry.coordinates]));
  const points = (kind: 'hosting' | 'origin', list: EditionData['statistics']['top_hosting']) =>
    list.flatMap((r) => {
      const coordinates = at.get(r.iso3);
      if (!coordinates) return [];
      const name = (lang: 'nl' | 'en') => countryName(r.iso3, lang) ?? r.iso3;
      return [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates },
          properties: {
            iso3: r.iso3,
            kind,
            rank: r.rank,
            value: r.value,
            label_nl: `${name('nl')}: ${millions(r.value, 'nl')}`,
            label_en: `${name('en')}: ${millions(r.value, 'en')}`,
            source: r.source,
          },
        },
      ];
    });
  return {
    type: 'FeatureCollection' as const,
    features: [...points('hosting', d.statistics.top_hosting), ...points('origin', d.statistics.top_origin)],
  };
}
