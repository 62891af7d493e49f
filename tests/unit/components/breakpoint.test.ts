/**
 * One breakpoint between desktop and phone: every width media query in the
 * stylesheets, and the code that picks the phone layout, use the number in
 * components/phoneLayout.ts. A stylesheet with another width would lay out a
 * phone bar beside desktop rules (or the reverse) between the two numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHONE_MAX_WIDTH, PHONE_QUERY } from '../../../src/components/phoneLayout';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), ext) : ext.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('the phone breakpoint', () => {
  it('every width media query in src/ uses PHONE_MAX_WIDTH', () => {
    const found: string[] = [];
    for (const f of files('src', /\.css$/))
      for (const m of readFileSync(f, 'utf8').matchAll(/\((?:max|min)-width:\s*(\d+)px\)/g))
        if (Number(m[1]) !== PHONE_MAX_WIDTH) found.push(`${f}: ${m[0]}`);
    expect(found).toEqual([]);
  });

  it('no script writes the width by hand: it imports PHONE_QUERY', () => {
    const found = files('src', /\.tsx?$/).filter(
      (f) => !f.endsWith('phoneLayout.ts') && /max-width:\s*\d+px/.test(readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
    expect(PHONE_QUERY).toBe(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  });
});
