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
