/**
 * The building blocks of the zod schemas in schema.ts: ids, years, texts, the
 * `source` rule and the "derived, with its basis" shape every record may carry.
 * Build-time only, like schema.ts.
 */
import { z } from 'zod';
import { GOAL_IDS } from './ids';

export const goalId = z.enum(GOAL_IDS);

export const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code (three capitals)');
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-kebab-case (a-z, 0-9, single hyphens)');
/** Report chapter (H1-H4, Inleiding) or a reference file ("ref: ..."). */
export const source = z
  .string()
  .trim()
  .min(4, 'every record needs a source')
  .regex(/^(H[1-4]\b|Inleiding\b|ref: )/, 'must cite a report chapter (H1-H4, Inleiding) or "ref: <file>"');
export const year = z.number().int().min(2000, 'year before 2000').max(2100, 'year after 2100');
export const text = z.string().trim().min(1, 'must not be empty');
export const nullableText = text.nullable();

/**
 * Statement or inference (src/model/derived.ts): field path -> how the product
 * derived the value, in both languages. Optional on every record; a field
 * without an entry is stated by the report. That each path names a field of
 * its record is checked in src/compile/checks/derived.ts.
 */
const basisText = z.string().trim().min(1, 'a derived value needs its basis: must not be empty');
const derivedFields = z.record(
  z.string().trim().min(1, 'a derived entry needs a field path'),
  z.object({ basis_nl: basisText, basis_en: basisText }).strict(),
);
export const derived = derivedFields.optional();

/**
 * The CSV files whose rows can be marked from edition.yaml (a CSV cell cannot
 * hold a basis). Only posts so far: focus roles and counts are all stated; a
 * file added here needs its marks carried into the compiled output too.
 */
export const CSV_DERIVED_FILES = ['posts.csv'] as const;
/**
 * edition.yaml `csv_derived`: file -> row key -> field path -> basis. The row
 * key is a post's `id`; "*" marks the field in every row of the file (e.g.
 * posts' lat/lon, placed by the product).
 */
export const csvDerived = z
  .record(z.enum(CSV_DERIVED_FILES), z.record(z.string().trim().min(1), derivedFields))
  .optional();

/** A [longitude, latitude] pair in WGS84 degrees. */
export const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
