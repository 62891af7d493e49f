/**
 * Remembers the last call. It re-runs only when one of the values `key` picks
 * from the arguments changes identity, so a fresh context object carrying the
 * same fields (built on every render) still hits.
 */
export function memoOn<A extends unknown[], R>(
  key: (...args: A) => unknown[],
  fn: (...args: A) => R,
): (...args: A) => R {
  let lastKey: unknown[] | undefined;
  let lastResult: R;
  return (...args: A) => {
    const k = key(...args);
    if (lastKey && k.length === lastKey.length && k.every((v, i) => Object.is(v, lastKey![i]))) return lastResult;
    lastKey = k;
    lastResult = fn(...args);
    return lastResult;
  };
}
