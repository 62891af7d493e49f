/**
 * Natural Earth boundaries (world-atlas TopoJSON) -> one MapLibre-safe
 * (Multi)Polygon per country, keyed by ISO3.
 *
 * Boundary policy (shared/reference/routes-and-context.md, "Boundaries"):
 * Somaliland is merged into Somalia and N. Cyprus into Cyprus; Western Sahara
 * stays its own neutral area (ESH), including the part Natural Earth draws
 * inside Morocco; Kosovo is a country (XKX). Areas that
 * Natural Earth draws without a state of their own and that the policy does not
 * assign stay in as neutral areas with `iso3: null`. Crimea is Ukraine's and
 * the Golan Heights are Syria's (disputedAreas.ts).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { numericToIso3 } from './countryNames';
import { redrawDisputedAreas } from './disputedAreas';

/** Features without a numeric id, and where they belong. */
const UNNUMBERED: Record<string, string | null> = {
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  Kosovo: 'XKX',
  'Indian Ocean Ter.': 'AUS',
  'Siachen Glacier': null,
};

export interface WorldArea {
  iso3: string | null;
  /** Natural Earth's own name, kept for neutral areas and debugging. */
  neName: string;
  geometry: Polygon | MultiPolygon;
}

export interface WorldOptions {
  /** Share of arc points kept by Visvalingam simplification (0-1]. */
  keep: number;
  /** Decimal places kept in coordinates (3 ~ 110 m at the equator). */
  decimals: number;
}

export const DEFAULT_WORLD_OPTIONS: WorldOptions = { keep: 0.15, decimals: 3 };

type CountryGeometry = GeometryCollection<{ name?: string }>['geometries'][number];
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/** topojson-client's feature() typed for the single-geometry case we use. */
function geometryOf(topo: Topology, g: CountryGeometry): Polygon | MultiPolygon {
  return (feature(topo, g as never) as unknown as { geometry: Polygon | MultiPolygon }).geometry;
}

export function iso3OfGeometry(g: { id?: string | number; properties?: { name?: string } | null }): string | null {
  const name = g.properties?.name ?? '';
  if (g.id === undefined) return UNNUMBERED[name] ?? null;
  return numericToIso3(String(g.id)) ?? null;
}

export function buildWorld(topology: CountriesTopology, options = DEFAULT_WORLD_OPTIONS): WorldArea[] {
  let topo = presimplify(structuredClone(topology) as never) as unknown as CountriesTopology;
  protectSmallRings(topo);
  if (options.keep < 1)
    topo = simplify(topo as never, quantile(topo as never, options.keep)) as unknown as CountriesTopology;
  const geometries = topo.objects.countries.geometries;

  const groups = new Map<string, CountryGeometry[]>();
  const neutral: CountryGeometry[] = [];
  for (const g of geometries) {
    const iso3 = iso3OfGeometry(g);
    if (iso3 === null) neutral.push(g);
    else groups.set(iso3, [...(groups.get(iso3) ?? []), g]);
  }

  const redrawn = separateWesternSahara(topo, groups);
  const areas: WorldArea[] = [];
  for (const [iso3, members] of groups) {
    const geometry =
      redrawn.get(iso3) ?? (members.length === 1 ? geometryOf(topo, members[0]!) : merge(topo, members as never));
    const name = (members[0]?.properties as { name?: string } | undefined)?.name ?? iso3;
    const clean = cleanGeometry(geometry, options.decimals);
    if (clean) areas.push({ iso3, neName: name, geometry: clean });
  }
  for (const g of neutral) {
    const clean = cleanGeometry(geometryOf(topo, g), options.decimals);
    const name = (g.properties as { name?: string } | undefined)?.name ?? 'unknown';
    if (clean) areas.push({ iso3: null, neName: name, geometry: clean });
  }
  return redrawDisputedAreas(areas, (g) => cleanGeometry(g, options.decimals)).sort((a, b) =>
    (a.iso3 ?? `~${a.neName}`).localeCompare(b.iso3 ?? `~${b.neName}`),
  );
}

/**
 * Natural Earth draws the part of Western Sahara west of the Moroccan berm
 * inside Morocco. The policy keeps all of Western Sahara apart, so Morocco and
 * Western Sahara are merged and cut again along the parallel of their border
 * (27°40' N, where Western Sahara's own area reaches furthest north: the
 * tripoint with Algeria).
 */
function separateWesternSahara(
  topo: CountriesTopology,
  groups: Map<string, CountryGeometry[]>,
): Map<string, Polygon | MultiPolygon> {
  const mar = groups.get('MAR');
  const esh = groups.get('ESH');
  if (!mar || !esh) return new Map();
  const border = Math.max(
    ...merge(topo, esh as never)
      .coordinates.flat(2)
      .map((p) => p[1]!),
  );
  const both = merge(topo, [...mar, ...esh] as never);
  const north = clipAtLatitude(both, border, 'north');
  const south = clipAtLatitude(both, border, 'south');
  return north && south
    ? new Map([
        ['MAR', north],
        ['ESH', south],
      ])
    : new Map();
}

/** The part of a geometry north or south of a parallel (Sutherland-Hodgman). */
function clipAtLatitude(geometry: MultiPolygon, lat: number, side: 'north' | 'south'): MultiPolygon | null {
  const inside = (p: Position) => (side === 'north' ? p[1]! >= lat : p[1]! <= lat);
  const cross = (a: Position, b: Position): Position => {
    const t = (lat - a[1]!) / (b[1]! - a[1]!);
    return [a[0]! + t * (b[0]! - a[0]!), lat];
  };
  const clipRing = (ring: Position[]): Position[] | null => {
    const out: Position[] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      if (inside(a)) out.push(a);
      if (inside(a) !== inside(b)) out.push(cross(a, b));
    }
    if (out.length < 3) return null;
    out.push(out[0]!);
    return out;
  };
  const polygons: Position[][][] = [];
  for (const polygon of geometry.coordinates) {
    const outer = polygon[0] && clipRing(polygon[0]);
    if (!outer) continue;
    const holes = polygon
      .slice(1)
      .map(clipRing)
      .filter((r): r is Position[] => r !== null);
    polygons.push([outer, ...holes]);
  }
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/**
 * Visvalingam keeps only an arc's end points unconditionally, so a small
 * island (one closed arc) collapses to nothing. Keeping the three most
 * important interior points of every arc keeps Malta, Bahrain or Mauritius on
 * the map as at least a triangle.
 */
function protectSmallRings(topo: Topology): void {
  for (const arc of topo.arcs) {
    const interior = arc.slice(1, -1) as unknown as number[][];
    const top = [...interior].sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0)).slice(0, 3);
    for (const p of top) p[2] = Number.POSITIVE_INFINITY;
  }
}

/**
 * Drops the simplification weights, rounds, makes every ring continuous across
 * the antimeridian and removes rings that collapsed. Returns null when nothing
 * is left.
 */
export function cleanGeometry(geometry: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const input of polygons) {
    // world-atlas gives Antarctica's mainland as a ring along the South Pole
    // with the coast as its hole (d3 cuts it at ±180). Closed along the pole
    // by fixRing, the coast alone is the outer ring a flat map needs.
    const polygon = input.length > 1 && input[0]?.every((p) => Math.abs(p[1]!) > 89.9) ? input.slice(1) : input;
    const rings = polygon.map((ring) => fixRing(ring, decimals)).filter((r): r is Position[] => r !== null);
    // A polygon whose outer ring collapsed is gone, holes and all.
    if (rings.length > 0 && polygon[0] && fixRing(polygon[0], decimals)) out.push(rings);
  }
  if (out.length === 0) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

/**
 * Unwraps longitudes so that consecutive points never jump by more than 180°
 * (world-atlas cuts rings at ±180 for d3's sphere; MapLibre would draw that cut
 * as a band across the whole map). A ring that winds around a pole
 * (Antarctica) ends 360° from where it started: it is closed along the pole.
 */
export function fixRing(ring: Position[], decimals: number): Position[] | null {
  const f = 10 ** decimals;
  const round = (x: number) => Math.round(x * f) / f;
  const out: Position[] = [];
  let shift = 0;
  let prevLon: number | undefined;
  for (const p of ring) {
    const lon = p[0]!;
    const lat = p[1]!;
    if (prevLon !== undefined) {
      const d = lon + shift - prevLon;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    const pt: Position = [round(lon + shift), round(lat)];
    prevLon = lon + shift;
    const last = out[out.length - 1];
    if (!last || last[0] !== pt[0] || last[1] !== pt[1]) out.push(pt);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last) return null;
  const wound = Math.round((last[0]! - first[0]!) / 360);
  if (wound !== 0) {
    // Around a pole: walk along the pole back to the start.
    const poleLat = first[1]! < 0 ? -90 : 90;
    out.push([last[0]!, poleLat], [first[0]!, poleLat], [first[0]!, first[1]!]);
  } else if (last[0] !== first[0] || last[1] !== first[1]) {
    out.push([first[0]!, first[1]!]);
  }
  // A ring needs four positions (three distinct) and some area.
  if (out.length < 4 || Math.abs(signedArea(out)) < 1e-9) return null;
  return out;
}

function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return a / 2;
}
