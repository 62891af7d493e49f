/**
 * zod schemas for the human-edited files in data/<year>/. They describe one
 * record each; cross-file rules (ids resolve, posts inside their country, ...)
 * live in src/compile/crossChecks.ts.
 */
import { z } from 'zod';
import { csvDerived, derived, goalId, iso3, kebabId, lonLat, nullableText, source, text, year } from './schemaBasics';

export { derived, source };

export const postRow = z.object({
  id: kebabId,
  number: z.coerce.number().int().positive(),
  city_nl: text,
  city_en: text,
  iso3,
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  status: z.enum(['open', 'closed']),
  source,
  derived,
});
export type PostRow = z.infer<typeof postRow>;

export const focusRow = z.object({
  goal: goalId,
  iso3,
  number: z.coerce.number().int().positive(),
  name_in_report: text,
  source,
  derived,
});

export const activityRow = z.object({
  goal: goalId,
  iso3,
  letter: z.string().regex(/^[A-Z]$/, 'must be one capital letter as in the report'),
  name_in_report: text,
  count: z.coerce.number().int().positive('an activity count is a positive whole number'),
  source,
  derived,
});
export type ActivityRow = z.infer<typeof activityRow>;

export const edition = z.object({
  year,
  title_nl: text,
  title_en: text,
  report_file: text,
  source,
  goals: z
    .array(
      z.object({
        id: goalId,
        name_nl: text,
        name_en: text,
        focus_count: z.number().int().nonnegative(),
        source,
        derived,
      }),
    )
    .min(1),
  csv_derived: csvDerived,
  activity_totals: z.array(
    z.object({
      goal: goalId,
      total: z.number().int().nonnegative(),
      note_nl: text,
      note_en: text,
      source,
      derived,
    }),
  ),
});

const partner = z.union([text, z.object({ nl: text, en: text })]);

export const phase = z
  .object({
    name_nl: text,
    name_en: text,
    /** null: the report states no start ("start niet vermeld"); then `shown_from` is required. */
    from: year.nullable(),
    /**
     * With `from: null`: the first year the report shows the phase running. The
     * year filter shows the phase from here; the card says the start is not stated.
     */
    shown_from: year.optional(),
    to: year.nullable(),
    years_stated: z.boolean(),
    years_basis_nl: text.optional(),
    years_basis_en: text.optional(),
    budget_eur: z.number().positive().optional(),
    budget_qualifier: z.enum(['max', 'approx']).optional(),
    budget_period_nl: text.optional(),
    budget_period_en: text.optional(),
    /**
     * Whose money the budget is, as the report words it: 'programme' for the
     * programme's total (all its countries and regions), or the ISO3 of the
     * one country it is for. Required with every budget_eur.
     */
    budget_for: z.union([z.literal('programme'), iso3]).optional(),
    /**
     * Who pays, when it is not the Netherlands: 'eu' for an EU package the
     * report names (EU-Egypt, EUR 7.4 bn). Such money is never counted as
     * Dutch money for a country; every view names the funder.
     */
    budget_funder: z.literal('eu').optional(),
    source,
    derived,
  })
  .refine((p) => p.budget_eur === undefined || p.budget_for !== undefined, {
    message: "a budget needs budget_for: 'programme' (the programme's total) or the ISO3 of the country it is for",
    path: ['budget_for'],
  })
  .refine((p) => p.to === null || p.to >= (p.from ?? p.shown_from ?? p.to), {
    message: 'phase ends before it starts',
    path: ['to'],
  })
  .refine((p) => p.from !== null || p.shown_from !== undefined, {
    message: 'a phase without a stated start (from: null) needs shown_from, the first year the report shows it running',
    path: ['shown_from'],
  })
  .refine((p) => p.from !== null || !p.years_stated, {
    message: 'a phase without a stated start cannot have years_stated: true',
    path: ['years_stated'],
  })
  .refine((p) => p.years_stated || (p.years_basis_nl && p.years_basis_en), {
    message: 'years not stated in the report need years_basis_nl and years_basis_en',
    path: ['years_basis_nl'],
  });

export const programme = z.object({
  id: kebabId,
  kind: z.enum([
    'programme',
    'partnership',
    'platform',
    'fund',
    'campaign',
    'eu-instrument',
    'eu-partnership',
    'migration-partnership',
  ]),
  name_nl: text,
  name_en: text,
  goals: z.array(goalId),
  partners: z.array(partner),
  countries: z.array(z.object({ iso3, from: year.optional() })),
  regions_nl: z.array(text).optional(),
  regions_en: z.array(text).optional(),
  global: z.boolean().optional(),
  summary_nl: text,
  summary_en: text,
  phases: z.array(phase).min(1, 'a programme needs at least one phase'),
  source,
  derived,
});
export type Programme = z.infer<typeof programme>;

/** Where a moment took place: a country and/or a city, as the report names it. */
const momentPlace = z
  .object({ iso3: iso3.nullable(), city_nl: nullableText, city_en: nullableText })
  .strict()
  .refine((p) => p.iso3 !== null || p.city_nl !== null, 'a place names a country (iso3) or a city; else place: null')
  .refine((p) => (p.city_nl === null) === (p.city_en === null), {
    message: 'city_nl and city_en go together',
    path: ['city_en'],
  });

export const moment = z
  .object({
    id: kebabId,
    year: year.nullable(),
    month: z.number().int().min(1).max(12).nullable(),
    kind: z.enum(['visit', 'consultation', 'conference', 'agreement']),
    /** Where it took place; null when the report names no place (never guessed). */
    place: momentPlace.nullable(),
    /** The countries it concerns (partners, visitors, hosts), ISO3. */
    countries: z.array(iso3),
    title_nl: text,
    title_en: text,
    programmes: z.array(kebabId),
    dialogue: kebabId.optional(),
    source,
    derived,
  })
  .strict();
export type Moment = z.infer<typeof moment>;

const figure = z.object({
  id: kebabId,
  value: z.number().nonnegative(),
  unit: z.enum(['people', 'percent']),
  qualifier: z.enum(['approx']).optional(),
  as_of: z.string().nullable(),
  part_of: kebabId.optional(),
  label_nl: text,
  label_en: text,
  source,
  derived,
});
const ranked = z.object({
  rank: z.number().int().min(1),
  iso3,
  value: z.number().positive(),
  name_in_report: text,
  source,
  derived,
});
export const statistics = z.object({
  figures: z.array(figure),
  top_hosting: z.array(ranked),
  top_origin: z.array(ranked),
});

export const budget = z.object({
  id: kebabId,
  year,
  goal: goalId,
  amount_eur: z.number().positive(),
  qualifier: z.enum(['approx']).optional(),
  source,
  derived,
});

export const result = z.object({
  id: kebabId,
  goal: goalId,
  programme: kebabId.nullable(),
  value: z.number().nonnegative().nullable(),
  qualifier: z.enum(['exact', 'more-than', 'almost', 'tens-of-thousands']),
  unit: z.enum(['people', 'eur', 'laws', 'cases']),
  period: z.string().nullable(),
  label_nl: text,
  label_en: text,
  source,
  derived,
});

export const dialogue = z.object({
  id: kebabId,
  name_nl: text,
  name_en: text,
  since: year.nullable(),
  regions_nl: nullableText,
  regions_en: nullableText,
  note_nl: nullableText,
  note_en: nullableText,
  source,
  derived,
});

export const route = z.object({
  id: kebabId,
  name_nl: text,
  name_en: text,
  detections_2023: z.number().positive().nullable(),
  qualifier: z.enum(['approx', 'more-than']).nullable(),
  share_of_total_pct: z.number().min(0).max(100).nullable(),
  partial_nl: nullableText,
  partial_en: nullableText,
  from: z.array(iso3).min(1),
  to: z.array(iso3).min(1),
  dialogue: kebabId.nullable(),
  path: z.array(lonLat).min(2, 'a route needs at least two points'),
  source,
  derived,
});
export type Route = z.infer<typeof route>;

export const routes = z.object({
  total_2023: z.object({
    value: z.number().positive(),
    qualifier: z.enum(['approx']).optional(),
    change_pct_vs_2022: z.number(),
    source,
    derived,
  }),
  routes: z.array(route),
});

export const note = z.object({
  id: kebabId,
  kind: z.enum(['contradiction', 'caveat']),
  iso3: z.array(iso3),
  programme: kebabId.nullable(),
  text_nl: text,
  text_en: text,
  values: z.array(z.object({ value: z.number().nullable(), source })).min(2, 'a data note keeps both values'),
  shown: z.number().nullable(),
  source,
  derived,
});
export type Note = z.infer<typeof note>;

export { type Scene, scene } from './schemaScene';
