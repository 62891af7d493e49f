/**
 * One reader per query parameter: a small pure function from the raw string
 * to its value, or undefined when it does not fit (the codec then falls back
 * to the default and names the parameter in a notice). Written by hand, not
 * with zod, so the browser bundle does not carry zod for a dozen checks.
 */
import { GOAL_IDS } from '../model/ids';
import { DEFAULT_LAYERS, type LayerId } from './types';

export const LAYER_IDS = Object.keys(DEFAULT_LAYERS) as LayerId[];

type Reader<T> = (raw: string) => T | undefined;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A programme, post or route id: lower-kebab-case, at most 80 characters. */
const id: Reader<string> = (raw) => (raw.length <= 80 && ID.test(raw) ? raw : undefined);

function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  return (raw) => (values as readonly string[]).find((v) => v === raw) as T | undefined;
}

/** A comma-separated list of at most `max` characters whose every item reads. */
function listOf<T>(item: Reader<T>, max: number): Reader<T[]> {
  return (raw) => {
    if (raw.length > max) return undefined;
    const items = raw.split(',').map(item);
    return items.every((x) => x !== undefined) ? (items as T[]) : undefined;
  };
}

/** Digits only (no sign, no exponent, no spaces), as a number within min..max. */
function digits(pattern: RegExp, min: number, max: number): Reader<number> {
  return (raw) => {
    if (!pattern.test(raw)) return undefined;
    const n = Number(raw);
    return n >= min && n <= max ? n : undefined;
  };
}

const within = (x: number, min: number, max: number) => x >= min && x <= max;

const programmes = listOf(id, 2000);
const layerList = listOf(oneOf(LAYER_IDS), 200);

export const READERS = {
  lang: oneOf(['nl', 'en'] as const),
  prog: (raw: string) => {
    const ids = programmes(raw);
    return ids && ids.length <= 50 ? ids : undefined;
  },
  year: digits(/^\d{4}$/, 1990, 2100),
  goal: oneOf(GOAL_IDS),
  /** The fill: activities is the default and is never written (but read, if a link has it). */
  fill: oneOf(['activities', 'programmes'] as const),
  country: (raw: string) => (/^[A-Z]{3}$/.test(raw) ? raw : undefined),
  post: id,
  route: id,
  /** 'none' switches every layer off; otherwise the layers that are on. */
  layers: (raw: string) => (raw === 'none' ? [] : layerList(raw)),
  /** The map view is the default and is never written. */
  view: oneOf(['table', 'charts', 'timeline'] as const),
  scene: digits(/^\d{1,3}$/, 1, Number.POSITIVE_INFINITY),
  /** zoom/lat/lon, as MapLibre's hash writes it. */
  map: (raw: string): [number, number, number] | undefined => {
    if (raw.length > 60) return undefined;
    const n = raw.split('/').map(Number);
    const [zoom = Number.NaN, lat = Number.NaN, lon = Number.NaN] = n;
    return n.length === 3 && within(zoom, 0, 22) && within(lat, -85.06, 85.06) && within(lon, -180, 180)
      ? [zoom, lat, lon]
      : undefined;
  },
} satisfies Record<string, Reader<unknown>>;

export type ParamName = keyof typeof READERS;
export type ParamValue<K extends ParamName> = NonNullable<ReturnType<(typeof READERS)[K]>>;
