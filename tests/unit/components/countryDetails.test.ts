// @vitest-environment jsdom
/**
 * The country panel with a long programme list (more data than the 2023
 * report): the first ten programmes show, one button shows the rest, and
 * another country starts short again.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement, createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CountryDetails } from '../../../src/components/CountryDetails';
import type { ProgrammeRecord } from '../../../src/data/types';
import { useAppStore } from '../../../src/state/store';
import { realData } from '../data/realData';
import { tiny } from '../state/fixture';

/** 25 copies of the fixture's alpha, each its own programme, all working in AAA and BBB. */
function manyProgrammes(): ProgrammeRecord[] {
  const alpha = tiny.programmes.find((p) => p.id === 'alpha');
  if (!alpha) throw new Error('alpha missing');
  return Array.from({ length: 25 }, (_, i) => ({
    ...alpha,
    id: `copy-${i}`,
    name_nl: `Kopie ${i + 1}`,
    name_en: `Copy ${i + 1}`,
  }));
}

afterEach(() => {
  cleanup();
  useAppStore.setState({ data: {}, status: {}, lang: 'nl', year: null, goal: 'both', programmes: [] });
});

const heading = () => createRef<HTMLHeadingElement>();
const cards = () => document.querySelectorAll('article.programme').length;

describe('CountryDetails with many programmes', () => {
  it('shows ten, then all 25 on request; another country starts with ten again', () => {
    useAppStore.setState({
      data: { countries: tiny.countries, posts: tiny.posts, editions: tiny.editions, programmes: manyProgrammes() },
      lang: 'nl',
      year: null,
    });
    const view = render(createElement(CountryDetails, { iso3: 'AAA', headingRef: heading() }));
    expect(cards()).toBe(10);
    fireEvent.click(screen.getByRole('button', { name: "Toon alle 25 programma's" }));
    expect(cards()).toBe(25);
    expect(screen.queryByRole('button', { name: /Toon alle/ })).toBeNull();
    act(() => view.rerender(createElement(CountryDetails, { iso3: 'BBB', headingRef: heading() })));
    expect(cards()).toBe(10);
  });

  it('with the report’s own data no country needs the button', () => {
    useAppStore.setState({ data: realData(), lang: 'nl', year: null });
    for (const iso3 of ['NGA', 'JOR', 'IRQ', 'EGY']) {
      const view = render(createElement(CountryDetails, { iso3, headingRef: heading() }));
      expect(screen.queryByRole('button', { name: /Toon alle/ })).toBeNull();
      expect(cards()).toBeGreaterThan(0);
      view.unmount();
    }
  });
});
