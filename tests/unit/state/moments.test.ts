/** Moments by the countries they concern: panel membership, roles, the timeline's order and filters (2023 data). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import * as s from '../../../src/model/schema';
import { groupByMonth, momentRoles, timelineMoments } from '../../../src/state/moments';
import { momentsInYear } from '../../../src/state/selectors';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/2023');
const read = <T>(file: string, schema: z.ZodType<T>): T =>
  schema.parse(parse(readFileSync(path.join(dir, file), 'utf8')));
// As compiled: each moment with the edition that reports it.
const moments = read('moments.yaml', z.array(s.moment)).map((m) => ({ ...m, edition: 2023 }));
const programmes = read('programmes.yaml', z.array(s.programme));
const f2023 = { year: 2023, selectedProgrammes: [] as string[], goal: 'both' as const };
const panel = (iso3: string) => momentsInYear(moments, f2023, iso3).map((m) => m.id);
const byId = (id: string) => moments.find((m) => m.id === id)!;

describe('a moment is in the panel of every country it took place in or concerns', () => {
  it("Nigeria's 2023 panel has the May consultations, the October delegation and the Rabat Process meeting", () => {
    expect(panel('NGA')).toEqual(
      expect.arrayContaining([
        'nigeria-consultations-may',
        'nigeria-delegation-october',
        'rabat-process-youth-meeting',
      ]),
    );
  });

  it("the Netherlands' panel has the visits it hosted, held here; the co-organised meeting concerns it", () => {
    expect(panel('NLD')).toEqual(
      expect.arrayContaining(['nigeria-delegation-october', 'iraq-delegation-visit', 'rabat-process-youth-meeting']),
    );
    expect(momentRoles(byId('nigeria-delegation-october'), 'NLD')).toEqual(['held-here']);
    expect(momentRoles(byId('nigeria-delegation-october'), 'NGA')).toEqual(['concerns']);
    expect(momentRoles(byId('rabat-process-youth-meeting'), 'NLD')).toEqual(['concerns']);
  });

  it("a moment the report does not date shows in its edition's year, after the dated ones", () => {
    expect(byId('nigeria-visit-van-leeuwen-van-der-burg').year).toBeNull();
    expect(panel('NGA')).toContain('nigeria-visit-van-leeuwen-van-der-burg');
    const groups = groupByMonth(timelineMoments(moments, programmes, f2023));
    expect(groups.at(-1)?.month).toBe('undated');
    expect(groups.at(-2)?.month).toBe('no-month');
  });

  it('a moment whose place the report does not name has none (audit finding 5)', () => {
    expect(byId('nigeria-consultations-may').place).toBeNull();
    expect(byId('nigeria-consultations-may').countries).toEqual(['NGA']);
  });

  it('every inferred place or year carries its basis in both languages (audit findings 5, 6)', () => {
    for (const id of ['ssar-visits-pakistan', 'ssar-visits-qatar']) {
      expect(byId(id).derived?.year?.basis_nl).toContain('begin 2024');
      expect(byId(id).source).toContain('SSAR Vicevoorzitter');
    }
    expect(byId('global-refugee-forum').derived?.place?.basis_en).toContain('Switzerland');
    expect(byId('nigeria-delegation-october').derived?.place?.basis_nl).toContain('inkomend bezoek');
  });
});

describe('the timeline', () => {
  it('lists the year in calendar order, undated moments last', () => {
    const months = timelineMoments(moments, programmes, f2023).map((m) => (m.year === null ? 14 : (m.month ?? 13)));
    expect(months).toEqual([...months].sort((a, b) => a - b));
    expect(months.length).toBeGreaterThan(5);
    const groups = groupByMonth(timelineMoments(moments, programmes, f2023));
    expect(groups.map((g) => g.month)).toEqual([...new Set(groups.map((g) => g.month))]);
  });

  it('follows the programme and goal filters', () => {
    const gcff = timelineMoments(moments, programmes, { ...f2023, selectedProgrammes: ['gcff'] }).map((m) => m.id);
    expect(gcff).toEqual(['gcff-co-chair']);
    const reception = timelineMoments(moments, programmes, { ...f2023, goal: 'reception-in-region' }).map((m) => m.id);
    expect(reception).toContain('global-refugee-forum');
    expect(reception).not.toContain('nigeria-delegation-october');
  });
});
