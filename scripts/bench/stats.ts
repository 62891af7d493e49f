/** Medians, quantiles and spreads over the runs' samples, and how the report prints them. */

/** Linear-interpolated quantile (R type 7) of the finite values. */
export function quantile(xs: number[], q: number): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}

export const median = (xs: number[]) => quantile(xs, 0.5);
export const p95 = (xs: number[]) => quantile(xs, 0.95);

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spreadOf(xs: number[]): Spread {
  const f = xs.filter(Number.isFinite);
  return { median: median(f), min: Math.min(...f), max: Math.max(...f), n: f.length };
}

export const ms = (x: number) => `${x.toFixed(0)} ms`;
export const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
export const ratio = (x: number) => `${x.toFixed(2)}x`;
export const seconds = (x: number) => `${(x / 1000).toFixed(2)} s`;
export const fmtSpread = (s: Spread, f: (x: number) => string) =>
  `${f(s.median)} (${f(s.min)}-${f(s.max)}${s.n > 1 ? `, n=${s.n}` : ''})`;
