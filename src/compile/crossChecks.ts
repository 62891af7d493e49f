/**
 * Rules that span records or files, run after every file passed its schema.
 * Each returns errors named by file, row or path, field and value.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { isKnownIso3 } from './countryNames';
import type { DataError } from './dataError';
import type { EditionData } from './editionFiles';
import type { WorldArea } from './world';

/**
 * Capitals on the coast can fall a little outside a generalised coastline
 * (Beirut, Copenhagen, New York). Such a post passes when it lies in no other
 * country and within this distance of its own.
 */
export const COAST_TOLERANCE_KM = 25;
/** Moments may be reported up to this many years from the edition's year. */
export const MOMENT_YEAR_SPAN = 2;

export function crossCheck(dir: string, d: EditionData, world: WorldArea[]): DataError[] {
  const f = (name: string) => `${dir}/${name}`;
  const errors: DataError[] = [];
  const push = (e: DataError) => errors.push(e);
  const areas = new Map(world.filter((a) => a.iso3).map((a) => [a.iso3 as string, a]));
  const programmeIds = new Set(d.programmes.map((p) => p.id));
  const dialogueIds = new Set(d.dialogues.map((x) => x.id));
  const goals = new Set(d.edition.goals.map((g) => g.id));

  const checkIso = (file: string, loc: Pick<DataError, 'row' | 'path'>, field: string, value: string) => {
    if (!isKnownIso3(value))
      push({ file, ...loc, field, value, message: 'unknown ISO 3166-1 alpha-3 code', code: 'unknown-iso3' });
    else if (!areas.has(value))
      push({ file, ...loc, field, value, message: 'no boundary for this country on the map', code: 'no-boundary' });
  };
  const unique = <T>(
    file: string,
    items: T[],
    key: (t: T) => string,
    field: string,
    loc: (i: number) => Pick<DataError, 'row' | 'path'>,
  ) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k))
        push({
          file,
          ...loc(i),
          field,
          value: k,
          message: `duplicate; first used at ${describe(loc(seen.get(k)!))}`,
          code: 'duplicate-id',
        });
      else seen.set(k, i);
    });
  };
  const csvRow = (i: number) => ({ row: i + 2 });
  const at = (i: number, rest = '') => ({ path: `[${i}]${rest}` });

  // Posts
  unique(f('posts.csv'), d.posts, (p) => p.id, 'id', csvRow);
  unique(f('posts.csv'), d.posts, (p) => String(p.number), 'number', csvRow);
  d.posts.forEach((p, i) => {
    checkIso(f('posts.csv'), csvRow(i), 'iso3', p.iso3);
    const own = areas.get(p.iso3);
    if (!own) return;
    const pt: [number, number] = [p.lon, p.lat];
    if (booleanPointInPolygon(pt, own.geometry)) return;
    const other = world.find((a) => a.iso3 !== p.iso3 && booleanPointInPolygon(pt, a.geometry));
    const km = distanceKm(pt, own);
    if (other || km > COAST_TOLERANCE_KM) {
      push({
        file: f('posts.csv'),
        row: i + 2,
        field: 'lat,lon',
        value: `${p.lat},${p.lon}`,
        message: other
          ? `lies in ${other.iso3 ?? other.neName}, not in ${p.iso3}`
          : `lies ${Math.round(km)} km outside ${p.iso3} (more than ${COAST_TOLERANCE_KM} km)`,
        code: 'post-outside-country',
      });
    }
  });

  // Focus countries and activity counts
  unique(f('focus-countries.csv'), d.focus, (r) => `${r.goal} ${r.iso3}`, 'goal,iso3', csvRow);
  d.focus.forEach((r, i) => {
    checkIso(f('focus-countries.csv'), csvRow(i), 'iso3', r.iso3);
  });
  for (const g of d.edition.goals) {
    const n = d.focus.filter((r) => r.goal === g.id).length;
    if (n !== g.focus_count)
      push({
        file: f('focus-countries.csv'),
        field: 'goal',
        value: g.id,
        message: `${n} focus countries, but edition.yaml says ${g.focus_count}`,
        code: 'focus-count',
      });
  }
  unique(f('activities.csv'), d.activities, (r) => `${r.goal} ${r.iso3}`, 'goal,iso3', csvRow);
  unique(f('activities.csv'), d.activities, (r) => `${r.goal} ${r.letter}`, 'letter', csvRow);
  d.activities.forEach((r, i) => {
    checkIso(f('activities.csv'), csvRow(i), 'iso3', r.iso3);
    if (!goals.has(r.goal))
      push({
        file: f('activities.csv'),
        row: i + 2,
        field: 'goal',
        value: r.goal,
        message: 'goal not declared in edition.yaml',
        code: 'unknown-goal',
      });
  });
  d.edition.activity_totals.forEach((t, i) => {
    if (!goals.has(t.goal))
      push({
        file: f('edition.yaml'),
        path: `activity_totals[${i}]`,
        field: 'goal',
        value: t.goal,
        message: 'goal not declared in goals',
        code: 'unknown-goal',
      });
  });

  // Programmes
  const pf = f('programmes.yaml');
  unique(
    pf,
    d.programmes,
    (p) => p.id,
    'id',
    (i) => at(i),
  );
  d.programmes.forEach((p, i) => {
    unique(
      pf,
      p.countries,
      (c) => c.iso3,
      'iso3',
      (j) => at(i, `.countries[${j}]`),
    );
    p.countries.forEach((c, j) => {
      checkIso(pf, at(i, `.countries[${j}]`), 'iso3', c.iso3);
      const first = Math.min(...p.phases.map((ph) => ph.from));
      const last = Math.max(...p.phases.map((ph) => ph.to ?? d.edition.year));
      if (c.from !== undefined && (c.from < first || c.from > last))
        push({
          file: pf,
          ...at(i, `.countries[${j}]`),
          field: 'from',
          value: c.from,
          message: `outside the programme's phases (${first}-${last})`,
          code: 'year-range',
        });
    });
    p.goals.forEach((g, j) => {
      if (!goals.has(g))
        push({
          file: pf,
          ...at(i, `.goals[${j}]`),
          field: 'goals',
          value: g,
          message: 'goal not declared in edition.yaml',
          code: 'unknown-goal',
        });
    });
    if (p.countries.length === 0 && !p.global && !p.regions_nl?.length)
      push({
        file: pf,
        ...at(i),
        field: 'countries',
        value: [],
        message: 'no countries, no regions and not global: the programme cannot be placed',
        code: 'unplaced',
      });
    if ((p.regions_nl?.length ?? 0) !== (p.regions_en?.length ?? 0))
      push({
        file: pf,
        ...at(i),
        field: 'regions_en',
        value: p.regions_en,
        message: 'regions_nl and regions_en differ in length',
        code: 'translation',
      });
  });

  // Moments
  const mf = f('moments.yaml');
  unique(
    mf,
    d.moments,
    (m) => m.id,
    'id',
    (i) => at(i),
  );
  d.moments.forEach((m, i) => {
    if (m.iso3) checkIso(mf, at(i), 'iso3', m.iso3);
    m.programmes.forEach((id, j) => {
      if (!programmeIds.has(id))
        push({
          file: mf,
          ...at(i, `.programmes[${j}]`),
          field: 'programmes',
          value: id,
          message: 'no programme with this id in programmes.yaml',
          code: 'unknown-programme',
        });
    });
    if (m.dialogue && !dialogueIds.has(m.dialogue))
      push({
        file: mf,
        ...at(i),
        field: 'dialogue',
        value: m.dialogue,
        message: 'no dialogue with this id in dialogues.yaml',
        code: 'unknown-dialogue',
      });
    if (m.year !== null && Math.abs(m.year - d.edition.year) > MOMENT_YEAR_SPAN)
      push({
        file: mf,
        ...at(i),
        field: 'year',
        value: m.year,
        message: `more than ${MOMENT_YEAR_SPAN} years from the edition's year ${d.edition.year}`,
        code: 'year-range',
      });
    if (m.year === null && m.month !== null)
      push({
        file: mf,
        ...at(i),
        field: 'month',
        value: m.month,
        message: 'a month without a year',
        code: 'year-range',
      });
  });

  // Statistics, budgets, results
  const sf = f('statistics.yaml');
  unique(
    sf,
    d.statistics.figures,
    (x) => x.id,
    'id',
    (i) => ({ path: `figures[${i}]` }),
  );
  const figureIds = new Set(d.statistics.figures.map((x) => x.id));
  d.statistics.figures.forEach((x, i) => {
    if (x.part_of && !figureIds.has(x.part_of))
      push({
        file: sf,
        path: `figures[${i}]`,
        field: 'part_of',
        value: x.part_of,
        message: 'no figure with this id',
        code: 'unknown-figure',
      });
  });
  for (const list of ['top_hosting', 'top_origin'] as const) {
    unique(
      sf,
      d.statistics[list],
      (x) => String(x.rank),
      'rank',
      (i) => ({ path: `${list}[${i}]` }),
    );
    d.statistics[list].forEach((x, i) => {
      checkIso(sf, { path: `${list}[${i}]` }, 'iso3', x.iso3);
    });
  }
  unique(
    f('budgets.yaml'),
    d.budgets,
    (b) => b.id,
    'id',
    (i) => at(i),
  );
  const rf = f('results.yaml');
  unique(
    rf,
    d.results,
    (r) => r.id,
    'id',
    (i) => at(i),
  );
  d.results.forEach((r, i) => {
    if (r.programme && !programmeIds.has(r.programme))
      push({
        file: rf,
        ...at(i),
        field: 'programme',
        value: r.programme,
        message: 'no programme with this id in programmes.yaml',
        code: 'unknown-programme',
      });
    if (r.value === null && r.qualifier !== 'tens-of-thousands')
      push({
        file: rf,
        ...at(i),
        field: 'value',
        value: null,
        message: 'only a "tens-of-thousands" result may have no number',
        code: 'schema',
      });
  });

  // Dialogues, routes, notes
  unique(
    f('dialogues.yaml'),
    d.dialogues,
    (x) => x.id,
    'id',
    (i) => at(i),
  );
  const rof = f('routes.yaml');
  unique(
    rof,
    d.routes.routes,
    (r) => r.id,
    'id',
    (i) => ({ path: `routes[${i}]` }),
  );
  d.routes.routes.forEach((r, i) => {
    const loc = { path: `routes[${i}]` };
    [...r.from, ...r.to].forEach((c) => {
      checkIso(rof, loc, 'from/to', c);
    });
    if (r.dialogue && !dialogueIds.has(r.dialogue))
      push({
        file: rof,
        ...loc,
        field: 'dialogue',
        value: r.dialogue,
        message: 'no dialogue with this id in dialogues.yaml',
        code: 'unknown-dialogue',
      });
    if (r.detections_2023 === null && r.qualifier !== null)
      push({
        file: rof,
        ...loc,
        field: 'qualifier',
        value: r.qualifier,
        message: 'a qualifier without a figure',
        code: 'schema',
      });
  });
  const nf = f('notes.yaml');
  unique(
    nf,
    d.notes,
    (n) => n.id,
    'id',
    (i) => at(i),
  );
  d.notes.forEach((n, i) => {
    n.iso3.forEach((c, j) => {
      checkIso(nf, at(i, `.iso3[${j}]`), 'iso3', c);
    });
    if (n.programme && !programmeIds.has(n.programme))
      push({
        file: nf,
        ...at(i),
        field: 'programme',
        value: n.programme,
        message: 'no programme with this id in programmes.yaml',
        code: 'unknown-programme',
      });
  });
  errors.push(...checkScenes(f('scenes.yaml'), d, { programmes: programmeIds, isoOk: (c) => areas.has(c) }));
  return errors;
}

/** Scenes: the programmes and country they show must exist. */
function checkScenes(
  file: string,
  d: EditionData,
  known: { programmes: Set<string>; isoOk: (c: string) => boolean },
): DataError[] {
  const errors: DataError[] = [];
  const seen = new Set<string>();
  d.scenes.forEach((sc, i) => {
    const path = `[${i}]`;
    if (seen.has(sc.id))
      errors.push({ file, path, field: 'id', value: sc.id, message: 'duplicate', code: 'duplicate-id' });
    seen.add(sc.id);
    sc.programmes.forEach((p, j) => {
      if (!known.programmes.has(p))
        errors.push({
          file,
          path: `${path}.programmes[${j}]`,
          field: 'programmes',
          value: p,
          message: 'no programme with this id in programmes.yaml',
          code: 'unknown-programme',
        });
    });
    if (sc.country && !known.isoOk(sc.country))
      errors.push({
        file,
        path,
        field: 'country',
        value: sc.country,
        message: 'no boundary for this country on the map',
        code: 'no-boundary',
      });
  });
  return errors;
}

function describe(loc: Pick<DataError, 'row' | 'path'>): string {
  return loc.row !== undefined ? `row ${loc.row}` : (loc.path ?? '?');
}

function distanceKm(pt: [number, number], area: WorldArea): number {
  const lines = polygonToLine(area.geometry);
  const features = (lines.type === 'FeatureCollection' ? lines.features : [lines]) as Feature<
    LineString | MultiLineString
  >[];
  let best = Number.POSITIVE_INFINITY;
  for (const line of features) {
    const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
    for (const coords of parts) {
      if (coords.length < 2) continue;
      best = Math.min(
        best,
        pointToLineDistance(pt, { type: 'LineString', coordinates: coords }, { units: 'kilometers' }),
      );
    }
  }
  return best;
}
