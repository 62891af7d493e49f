// @vitest-environment jsdom
/**
 * A cluster's panel lists its posts as a reader looks for them: by country
 * name, then post name, in the reading language, not in the order of the
 * countries' ISO codes (ESP before GRC, but Griekenland before Spanje).
 */
import { cleanup, render } from '@testing-library/react';
import { createElement, createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClusterDetails } from '../../../src/components/ClusterDetails';
import { useAppStore } from '../../../src/state/store';
import { country, post } from '../state/fixture';

afterEach(cleanup);

function listed(lang: 'nl' | 'en'): string[] {
  useAppStore.setState({
    lang,
    data: {
      countries: {
        type: 'FeatureCollection',
        features: [
          country('ESP', { name_nl: 'Spanje', name_en: 'Spain' }),
          country('GRC', { name_nl: 'Griekenland', name_en: 'Greece' }),
          country('DEU', { name_nl: 'Duitsland', name_en: 'Germany' }),
        ],
      },
      posts: {
        type: 'FeatureCollection',
        features: [post('Madrid', 'ESP'), post('Barcelona', 'ESP'), post('Athene', 'GRC'), post('Berlijn', 'DEU')],
      },
    },
  });
  // The ids in the order the map's cluster gives them (by ISO3).
  const { container } = render(
    createElement(ClusterDetails, {
      ids: ['Berlijn', 'Madrid', 'Barcelona', 'Athene'],
      headingRef: createRef<HTMLHeadingElement>(),
    }),
  );
  return [...container.querySelectorAll('li[data-post]')].map((li) => li.getAttribute('data-post') ?? '');
}

describe('the posts in a cluster', () => {
  it('are listed by country name, then post name', () => {
    expect(listed('nl')).toEqual(['Berlijn', 'Athene', 'Barcelona', 'Madrid']);
    cleanup();
    // Germany, Greece, Spain: the same here, and the country's name follows the language.
    expect(listed('en')).toEqual(['Berlijn', 'Athene', 'Barcelona', 'Madrid']);
  });
});
