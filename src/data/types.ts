/**
 * Shapes of the compiled files in public/ as the app reads them. They are
 * derived from the compile step's own types so the two cannot drift.
 */
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { CountryProperties, compileEditionsIndex, compileProgrammes, compileStatistics } from '../compile/compile';
import type { Dialogue, GoalId, Moment, Note, Scene } from '../model/schema';

export type { CountryProperties, Dialogue, GoalId, Moment, Note, Scene };
export interface ContextProperties {
  iso3: string;
  kind: 'hosting' | 'origin';
  rank: number;
  value: number;
  label_nl: string;
  label_en: string;
  source: string;
}
export type ContextGeo = FeatureCollection<Point, ContextProperties>;
export type CountriesGeo = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
export type LabelsGeo = FeatureCollection<Point, { iso3: string; name_nl: string; name_en: string; area_km2: number }>;
export interface PostProperties {
  id: string;
  number: number;
  iso3: string;
  name_nl: string;
  name_en: string;
  status: 'open' | 'closed';
  source: string;
}
export type PostsGeo = FeatureCollection<Point, PostProperties>;
export interface RouteProperties {
  id: string;
  name_nl: string;
  name_en: string;
  detections_2023: number | null;
  qualifier: 'approx' | 'more-than' | null;
  share_of_total_pct: number | null;
  partial_nl: string | null;
  partial_en: string | null;
  from: string[];
  to: string[];
  dialogue: string | null;
  source: string;
}
export type RoutesGeo = FeatureCollection<LineString, RouteProperties>;
export type ProgrammeRecord = ReturnType<typeof compileProgrammes>[number];
export type Statistics = ReturnType<typeof compileStatistics>;
export type EditionsIndex = ReturnType<typeof compileEditionsIndex>;

export interface AppData {
  countries: CountriesGeo;
  labels: LabelsGeo;
  posts: PostsGeo;
  routes: RoutesGeo;
  programmes: ProgrammeRecord[];
  moments: Moment[];
  statistics: Statistics;
  notes: Note[];
  dialogues: Dialogue[];
  editions: EditionsIndex;
  context: ContextGeo;
  scenes: Scene[];
}
