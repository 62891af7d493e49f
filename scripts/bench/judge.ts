/** A budget's limit: how the report writes it, and whether a measured value keeps it. */
import { kb, ms, ratio } from './stats';
import type { Results, Row } from './types';

export type Limit =
  /** A ratio to a baseline of the same run: '<= 1.30x' (`of`: '<= 1.15x the floor's load'). */
  | { kind: 'ratio'; max: number; of?: string }
  /** At most `max` over the floor page's figure of the same run: 'p95 <= floor p95 + 16 ms', '<= floor + 60 KB'. */
  | { kind: 'overFloor'; max: number; unit: 'ms' | 'KB'; what?: string }
  /** A Lighthouse score at most `max` points under the floor page's: '>= floor - 3'; the value is app minus floor. */
  | { kind: 'scoreVsFloor'; max: number }
  /** A Lighthouse score: '>= 95' (the maximum, 100, alone). */
  | { kind: 'score'; min: number }
  /** Information, no limit: '(info)' or '(info: <note>)'. */
  | { kind: 'info'; note?: string };

/** One measured value of a budget: a row of the report's table. */
export interface Measurement {
  /** The row's name, when one budget gives several rows (per interaction, scale, form factor). */
  metric?: string;
  /** What the limit applies to (ignored for information). */
  value: number;
  /** The figures shown in the row. */
  measured: string;
  /** A failure the value alone does not show (e.g. changes without a frame). */
  failed?: boolean;
}

export interface Budget {
  metric: string;
  limit: Limit;
  /** The rows of this budget for a run's results; none when the run did not measure it. */
  measure: (r: Results) => Measurement[];
}

const overPct = (x: number, limit: number) => `+${((x / limit - 1) * 100).toFixed(0)}%`;

export function limitText(limit: Limit): string {
  switch (limit.kind) {
    case 'ratio':
      return `<= ${ratio(limit.max)}${limit.of ? ` ${limit.of}` : ''}`;
    case 'overFloor':
      return `${limit.what ? `${limit.what} ` : ''}<= floor${limit.what ? ` ${limit.what}` : ''} + ${limit.max} ${limit.unit}`;
    case 'scoreVsFloor':
      return `>= floor - ${limit.max}`;
    case 'score':
      return limit.min === 100 ? '100' : `>= ${limit.min}`;
    case 'info':
      return limit.note ? `(info: ${limit.note})` : '(info)';
  }
}

/** Whether `value` keeps the limit, and if not, by how much it misses (null: information). */
function verdict(limit: Limit, value: number): { pass: boolean | null; over?: string } {
  switch (limit.kind) {
    case 'ratio':
      return value <= limit.max
        ? { pass: true }
        : { pass: false, over: `${ratio(value)} vs ${ratio(limit.max)} (${overPct(value, limit.max)})` };
    case 'overFloor': {
      const over = limit.unit === 'KB' ? kb((value - limit.max) * 1024) : ms(value - limit.max);
      return value <= limit.max ? { pass: true } : { pass: false, over: `${over} over` };
    }
    case 'scoreVsFloor':
      return value >= -limit.max
        ? { pass: true }
        : { pass: false, over: `${(-limit.max - value).toFixed(0)} points under` };
    case 'score':
      return value >= limit.min
        ? { pass: true }
        : { pass: false, over: `${(limit.min - value).toFixed(0)} points under` };
    case 'info':
      return { pass: null };
  }
}

export function judge(budget: Budget, m: Measurement): Row {
  const { pass, over } = verdict(budget.limit, m.value);
  return {
    metric: m.metric ?? budget.metric,
    budget: limitText(budget.limit),
    measured: m.measured,
    pass: pass === null ? null : pass && !m.failed,
    ...(over ? { over } : {}),
  };
}
