// @vitest-environment jsdom
/**
 * The country search is an ARIA combobox over a list 18rem high: the keyboard
 * moves through every option, Home and End reach the ends, and the option
 * moved to is scrolled into view (jsdom has no layout, so the test records
 * which option the list was asked to show).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CountrySearch } from '../../../src/components/CountrySearch';
import { useAppStore } from '../../../src/state/store';
import { country } from '../state/fixture';

/** Thirty countries named "Land 01".."Land 30" (iso3 AAA, AAB, ...): far more than the list shows at once. */
const NAMES = Array.from({ length: 30 }, (_, i) => `Land ${String(i + 1).padStart(2, '0')}`);
const letter = (n: number) => String.fromCharCode(65 + n);
const iso3Of = (i: number) => `A${letter(Math.floor(i / 26))}${letter(i % 26)}`;

let scrolledTo: string[] = [];
const jsdomScrollIntoView = Element.prototype.scrollIntoView;
beforeEach(() => {
  scrolledTo = [];
  // jsdom does not implement scrolling; record which option the component asks to bring into view.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this.textContent ?? '');
  };
  useAppStore.setState({
    lang: 'nl',
    selection: null,
    data: {
      countries: {
        type: 'FeatureCollection',
        features: NAMES.map((name, i) => country(iso3Of(i), { name_nl: name, name_en: name })),
      },
    },
  });
});
afterEach(() => {
  cleanup();
  Element.prototype.scrollIntoView = jsdomScrollIntoView;
  useAppStore.setState({ data: {}, selection: null });
});

const box = () => screen.getByRole('combobox');
const activeOption = () => {
  const id = box().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent : undefined;
};
const press = (key: string) => fireEvent.keyDown(box(), { key });

describe('country search (combobox)', () => {
  it('arrows move one option at a time, and the option moved to is brought into view', () => {
    render(createElement(CountrySearch));
    fireEvent.focus(box());
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(activeOption()).toBe('Land 01');
    for (let i = 0; i < 20; i++) press('ArrowDown');
    expect(activeOption()).toBe('Land 21');
    expect(scrolledTo.at(-1)).toBe('Land 21');
    press('ArrowUp');
    expect(activeOption()).toBe('Land 20');
    expect(scrolledTo.at(-1)).toBe('Land 20');
  });

  it('End goes to the last option and Home back to the first, each scrolled into view', () => {
    render(createElement(CountrySearch));
    fireEvent.focus(box());
    press('End');
    expect(activeOption()).toBe('Land 30');
    expect(scrolledTo.at(-1)).toBe('Land 30');
    // At the end, ArrowDown stays on the last option.
    press('ArrowDown');
    expect(activeOption()).toBe('Land 30');
    press('Home');
    expect(activeOption()).toBe('Land 01');
    expect(scrolledTo.at(-1)).toBe('Land 01');
    press('End');
    press('Enter');
    expect(useAppStore.getState().selection).toEqual({ kind: 'country', iso3: iso3Of(29) });
  });

  it('with the list closed, Home and End are left to the text field; ArrowDown reopens on the same option', () => {
    render(createElement(CountrySearch));
    fireEvent.focus(box());
    press('ArrowDown');
    press('Escape');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(fireEvent.keyDown(box(), { key: 'End' })).toBe(true); // not prevented: the caret moves
    press('ArrowDown');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(activeOption()).toBe('Land 02');
  });

  it('typing narrows the list and starts again at its first option', () => {
    render(createElement(CountrySearch));
    fireEvent.focus(box());
    press('End');
    fireEvent.change(box(), { target: { value: 'land 1' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Land 10',
      'Land 11',
      'Land 12',
      'Land 13',
      'Land 14',
      'Land 15',
      'Land 16',
      'Land 17',
      'Land 18',
      'Land 19',
    ]);
    expect(activeOption()).toBe('Land 10');
  });
});
