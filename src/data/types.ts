/**
 * Shapes of the compiled files in public/ as the app reads them: the compile
 * step's own return types (src/compile/compile.ts), so the two cannot drift.
 * Every import here is type-only: nothing of the build-time code (or zod)
 * reaches the browser bundle.
 */
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { CompiledData, CountryProperties, LabelProperties } from '../compile/compile';
import type { GoalId } from '../model/ids';
import type { Moment, Note, Scene } from '../model/schema';

export type { CountryProperties, GoalId, Moment, Note, Scene };

/** Every file the app loads, by its key in OUTPUT_FILES. */
export type AppData = CompiledData;

type PropertiesOf<K extends 'context' | 'posts' | 'routes'> = AppData[K]['features'][number]['properties'];

export type CountriesGeo = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
export type LabelsGeo = FeatureCollection<Point, LabelProperties>;
export type ContextGeo = FeatureCollection<Point, PropertiesOf<'context'>>;
export type PostsGeo = FeatureCollection<Point, PropertiesOf<'posts'>>;
export type RoutesGeo = FeatureCollection<LineString, PropertiesOf<'routes'>>;
export type ProgrammeRecord = AppData['programmes'][number];
export type Statistics = AppData['statistics'];
export type EditionsIndex = AppData['editions'];
