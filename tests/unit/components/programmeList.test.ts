// @vitest-environment jsdom
/**
 * The filter panel's programme list with far more programmes than the 2023
 * report: thirty rows, a name field, "show all"; chosen programmes always
 * stay listed. With the report's own 22 nothing changes.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgrammeList } from '../../../src/components/ProgrammeList';
import { LIST_LIMIT, programmeListRows } from '../../../src/components/programmeListRows';
import { windowRows } from '../../../src/components/virtualWindow';
import type { ProgrammeRecord } from '../../../src/data/types';
import { programmeHasGoal } from '../../../src/state/selectors';
import { useAppStore } from '../../../src/state/store';
import { realData } from '../data/realData';

const d = realData();

/** The report's programmes plus n copies of each, with their own ids and names. */
function scaled(n: number): ProgrammeRecord[] {
  const copies = Array.from({ length: n }, (_, k) =>
    d.programmes.map((p) => ({ ...p, id: `${p.id}-${k}`, name_nl: `${p.name_nl} ${k}`, name_en: `${p.name_en} ${k}` })),
  );
  return [...d.programmes, ...copies.flat()];
}

const boxes = () => screen.getAllByRole('checkbox').map((b) => b.closest('label')?.textContent ?? '');

afterEach(() => {
  cleanup();
  useAppStore.setState({ data: {}, status: {}, lang: 'nl', year: null, goal: 'both', programmes: [] });
});

describe('programmeListRows', () => {
  const many = scaled(100);

  it('lists every programme when there are no more than the limit (the 2023 report)', () => {
    const r = programmeListRows(d.programmes, [], '', 'nl', false);
    expect(d.programmes.length).toBeLessThanOrEqual(LIST_LIMIT);
    expect(r).toEqual({ rows: d.programmes, matching: d.programmes.length, long: false });
  });

  it('past the limit: the first thirty in the data’s order, plus every chosen programme', () => {
    const chosen = [many[500]!.id, many[2000]!.id];
    const r = programmeListRows(many, chosen, '', 'nl', false);
    expect(r.long).toBe(true);
    expect(r.matching).toBe(many.length);
    expect(r.rows.filter((p) => !chosen.includes(p.id))).toEqual(many.slice(0, LIST_LIMIT));
    expect(r.rows.filter((p) => chosen.includes(p.id)).map((p) => p.id)).toEqual(chosen);
    // The data's order holds: a chosen programme sits where it belongs, after the first thirty.
    expect(r.rows.map((p) => many.indexOf(p))).toEqual([...r.rows.map((p) => many.indexOf(p))].sort((a, b) => a - b));
  });

  it('a name query matches across accents and case, in the chosen language', () => {
    const r = programmeListRows(many, [], 'PROSPECTS 4', 'en', false);
    const expected = many.filter((p) => p.name_en.toLowerCase().includes('prospects 4'));
    expect(r.rows).toEqual(expected.slice(0, LIST_LIMIT));
    expect(r.matching).toBe(expected.length);
    const accents = programmeListRows(many, [], 'jordaanse', 'nl', true);
    expect(accents.rows.length).toBeGreaterThan(0);
    expect(accents.rows.every((p) => p.name_nl.toLowerCase().includes('jordaanse'))).toBe(true);
  });

  it('"show all" shows every match', () => {
    expect(programmeListRows(many, [], '', 'nl', true).rows).toHaveLength(many.length);
  });
});

describe('ProgrammeList', () => {
  it('with the report’s data: all programmes of the goal, no name field, no "show all"', () => {
    useAppStore.setState({ data: d, lang: 'nl', year: null, goal: 'both', programmes: [] });
    render(createElement(ProgrammeList));
    expect(boxes()).toHaveLength(d.programmes.filter((p) => programmeHasGoal(p, 'both')).length);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('with 2,222 programmes: 30 rows; typing narrows; "show all" and back; a ticked one stays', () => {
    const many = scaled(100);
    useAppStore.setState({ data: { ...d, programmes: many }, lang: 'nl', year: null, goal: 'both', programmes: [] });
    render(createElement(ProgrammeList));
    expect(boxes()).toHaveLength(LIST_LIMIT);
    const listedForGoal = many.filter((p) => programmeHasGoal(p, 'both')).length;
    expect(screen.getByText(`30 van ${listedForGoal} getoond`)).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek een programma' }), {
      target: { value: 'prospects 7' },
    });
    const found = boxes();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((l) => l.toLowerCase().includes('prospects 7'))).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: /^Prospects 7$/ }));
    expect(useAppStore.getState().programmes).toEqual(['prospects-7']);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
    // Thirty from the top, and the ticked one where it is in the data.
    expect(boxes()).toHaveLength(LIST_LIMIT + 1);
    expect(screen.getByRole('checkbox', { name: /^Prospects 7$/ })).toHaveProperty('checked', true);

    fireEvent.click(screen.getByRole('button', { name: `Toon alle ${listedForGoal} programma's` }));
    // All of them, but only the rows in view (and a few beyond) are in the page; each knows its place.
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe(String(listedForGoal));
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    // The focused row stays in the page (and focused) when the list scrolls far away from it.
    const firstBox = screen.getAllByRole('checkbox')[0] as HTMLInputElement;
    firstBox.focus();
    fireEvent.focus(firstBox);
    const windowEl = document.querySelector('.programme-window') as HTMLElement;
    windowEl.scrollTop = 40_000;
    fireEvent.scroll(windowEl);
    expect(document.activeElement).toBe(firstBox);
    const positions = screen.getAllByRole('listitem').map((li) => Number(li.getAttribute('aria-posinset')));
    expect(positions[0]).toBe(1);
    expect(positions[1]).toBeGreaterThan(700);
    // Space on a row still toggles its programme.
    fireEvent.click(firstBox);
    expect(useAppStore.getState().programmes).toContain(many[0]?.id);
    fireEvent.click(firstBox);
    fireEvent.click(screen.getByRole('button', { name: "Toon minder programma's" }));
    expect(boxes()).toHaveLength(LIST_LIMIT + 1);

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'bestaat niet' } });
    expect(screen.getByText('Geen programma met die naam')).toBeTruthy();
  });
});

describe('windowRows (the virtualised list)', () => {
  const base = { count: 2200, rowPx: 50, viewportPx: 400, overscan: 4, focused: null };

  it('renders the rows in view plus the overscan, in order', () => {
    expect(windowRows({ ...base, scrollTop: 0 })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // Scrolled to row 100 (5,000 px): rows 96 to 111.
    const mid = windowRows({ ...base, scrollTop: 5000 });
    expect(mid[0]).toBe(96);
    expect(mid.at(-1)).toBe(111);
    expect(windowRows({ ...base, scrollTop: 2200 * 50 - 400 }).at(-1)).toBe(2199);
  });

  it('keeps the focused row even when it is scrolled away, in list order', () => {
    expect(windowRows({ ...base, scrollTop: 5000, focused: 3 }).slice(0, 2)).toEqual([3, 96]);
    expect(windowRows({ ...base, scrollTop: 0, focused: 500 }).at(-1)).toBe(500);
    // A focused row inside the window is not doubled.
    expect(windowRows({ ...base, scrollTop: 0, focused: 2 })).toHaveLength(12);
  });

  it('renders nothing for an empty list and all of a short one', () => {
    expect(windowRows({ ...base, count: 0, scrollTop: 0 })).toEqual([]);
    expect(windowRows({ ...base, count: 3, scrollTop: 0 })).toEqual([0, 1, 2]);
  });
});
