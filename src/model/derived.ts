/**
 * Statement or inference: the one shape every record uses to say that a value
 * is the product's reading, not a statement of the report.
 *
 *   derived:
 *     place: { basis_nl: "...", basis_en: "..." }
 *     "countries[ARM].from": { basis_nl: "...", basis_en: "..." }
 *
 * Keys are field paths inside the record (dot and [iso3]/[index] steps); the
 * value says in both languages how the value was derived. A field without an
 * entry is stated by the report (its `source` says where). Zod-free, so the
 * browser can read the type; the schema for it lives in schema.ts.
 */
export interface DerivedBasis {
  basis_nl: string;
  basis_en: string;
}

/** Field path -> basis. Absent or empty: every value of the record is stated. */
export type DerivedFields = Readonly<Record<string, DerivedBasis>>;

/** The basis of one field, or null when the report states it. */
export function derivedBasis(derived: DerivedFields | undefined | null, field: string): DerivedBasis | null {
  return derived?.[field] ?? null;
}

/** One derived value as the product shows it: the field it concerns and its basis. */
export interface DerivedMark extends DerivedBasis {
  /** The field path, e.g. "years", "countries[ARM].from", "lat". */
  field: string;
}

/**
 * The marks of a record, in the order written. With `iso3`, entries about
 * another country of a list ("countries[ARM].from" in Moldova's panel) are
 * left out: a figure in a country's panel is that country's.
 * Marks with the same basis are shown once (a post's lat and lon).
 */
export function derivedMarks(record: { derived?: DerivedFields | null }, iso3?: string): DerivedMark[] {
  const out: DerivedMark[] = [];
  for (const [field, basis] of Object.entries(record.derived ?? {})) {
    const country = field.match(/\[([A-Z]{3})\]/)?.[1];
    if (iso3 && country && country !== iso3) continue;
    if (out.some((m) => m.basis_nl === basis.basis_nl && m.basis_en === basis.basis_en)) continue;
    out.push({ field, basis_nl: basis.basis_nl, basis_en: basis.basis_en });
  }
  return out;
}

/** A phase's years as a mark ("years"), when the report does not state them; plus its other derived fields. */
export function phaseMarks(phase: {
  years_stated: boolean;
  years_basis_nl?: string;
  years_basis_en?: string;
  derived?: DerivedFields | null;
}): DerivedMark[] {
  const years: DerivedMark[] =
    phase.years_stated || !phase.years_basis_nl || !phase.years_basis_en
      ? []
      : [{ field: 'years', basis_nl: phase.years_basis_nl, basis_en: phase.years_basis_en }];
  return [...years, ...derivedMarks(phase)];
}
