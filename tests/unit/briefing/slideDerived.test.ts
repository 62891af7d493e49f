/** A slide names the derived values it draws, in its footer (issue 13). */
import { describe, expect, it } from 'vitest';
import { slideDerivedItems, slideDerivedText } from '../../../src/briefing/slideDerived';
import { DEFAULT_LAYERS, DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/types';
import { realData } from '../data/realData';

const d = realData();
const view = (v: Partial<ViewState>) => ({ ...DEFAULT_VIEW_STATE, ...v });

describe('slideDerivedItems', () => {
  it('the default view: the posts (placed at the city centre) and the eastern route', () => {
    expect(slideDerivedItems(d, view({}))).toEqual([
      { kind: 'posts' },
      { kind: 'route', name: 'Hoorn van Afrika - Jemen - Golfstaten (oostelijke route)' },
    ]);
    expect(slideDerivedText(d, view({}))).toBe(
      'Afgeleid door de kaart, niet vermeld in het rapport: ligging van de posten (het rapport noemt alleen de stad) en landen aan de uiteinden van de route Hoorn van Afrika - Jemen - Golfstaten (oostelijke route). De grondslag staat bij elk gegeven in de app.',
    );
  });

  it('nothing derived drawn: no footer line', () => {
    const layers = { ...DEFAULT_LAYERS, posts: false, routes: false };
    expect(slideDerivedText(d, view({ layers }))).toBeNull();
  });

  it('a programme filter names the programme whose years or countries are derived (PROMIS in Niger; Prospects phase I)', () => {
    const layers = { ...DEFAULT_LAYERS, posts: false, routes: false };
    expect(slideDerivedItems(d, view({ layers, programmes: ['promis', 'prospects'], year: 2023 }))).toEqual([
      { kind: 'programme', name: 'Prospects' },
      { kind: 'programme', name: 'PROMIS' },
    ]);
    expect(slideDerivedText(d, view({ layers, programmes: ['prospects'], lang: 'en', year: 2023 }))).toBe(
      'Derived by the map, not stated in the report: years or countries of Prospects. The basis is given with each value in the app.',
    );
  });
});
