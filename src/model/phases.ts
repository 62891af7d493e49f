/**
 * Phase years, shared by the compile step and the browser (zod-free). A phase
 * whose start the report does not state has `from: null` and a `shown_from`:
 * the first year the report shows it running (Prospects phase I: a mid-term
 * review in 2022). The year filter shows it from there; the card says "start
 * niet vermeld".
 */
export interface PhaseYears {
  from: number | null;
  shown_from?: number;
  to: number | null;
}

/** The first year the map shows a phase: its stated start, or the first year the report shows it running. */
export function phaseStart(ph: PhaseYears): number {
  // The schema requires shown_from when from is null; `to` is a last resort for hand-made records.
  return ph.from ?? ph.shown_from ?? ph.to ?? 0;
}
