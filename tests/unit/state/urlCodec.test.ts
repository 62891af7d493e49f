import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/types';
import { decodeUrl, encodeUrl, sanitize } from '../../../src/state/urlCodec';

const full: ViewState = {
  programmes: ['prospects', 'compass'],
  year: 2024,
  goal: 'reception-in-region',
  fill: 'programmes',
  selection: { kind: 'country', iso3: 'NGA' },
  lang: 'en',
  layers: { posts: true, routes: false, labels: true, context: false },
  view: 'table',
  scene: null,
};

describe('URL codec', () => {
  it('the default view is the bare URL', () => {
    expect(encodeUrl(DEFAULT_VIEW_STATE, null)).toBe('');
    expect(decodeUrl('')).toEqual({ state: DEFAULT_VIEW_STATE, camera: null, ignored: [] });
  });

  it('writes readable parameters', () => {
    expect(encodeUrl(full, { zoom: 4.123, lat: 9.08123, lon: 8.67549 })).toBe(
      '?prog=prospects,compass&year=2024&goal=reception-in-region&fill=programmes&country=NGA&layers=posts,labels&view=table&lang=en&map=4.12/9.0812/8.6755',
    );
  });

  it.each<[string, ViewState]>([
    ['everything set', full],
    ['a post selected', { ...DEFAULT_VIEW_STATE, selection: { kind: 'post', id: 'kabul' } }],
    ['a route selected', { ...DEFAULT_VIEW_STATE, selection: { kind: 'route', id: 'central-mediterranean' } }],
    [
      'all layers off',
      { ...DEFAULT_VIEW_STATE, layers: { posts: false, routes: false, labels: false, context: false } },
    ],
    ['one programme', { ...DEFAULT_VIEW_STATE, programmes: ['promis'] }],
    ['presenting scene 3', { ...DEFAULT_VIEW_STATE, scene: 3, programmes: ['prospects'] }],
    ['the charts view', { ...DEFAULT_VIEW_STATE, view: 'charts' }],
    ['the timeline view', { ...DEFAULT_VIEW_STATE, view: 'timeline' }],
    ['context symbols on', { ...DEFAULT_VIEW_STATE, layers: { ...DEFAULT_VIEW_STATE.layers, context: true } }],
  ])('round-trips: %s', (_, state) => {
    const camera = { zoom: 3.5, lat: 12.25, lon: -4.5 };
    const decoded = decodeUrl(encodeUrl(state, camera));
    expect(decoded.state).toEqual(state);
    expect(decoded.camera).toEqual(camera);
    expect(decoded.ignored).toEqual([]);
  });

  it.each([
    ['?year=abcd', 'year'],
    ['?year=99999', 'year'],
    ['?goal=everything', 'goal'],
    ['?lang=fr', 'lang'],
    ['?country=nigeria', 'country'],
    ['?prog=%3Cscript%3E', 'prog'],
    ['?prog=', 'prog'],
    ['?map=foo', 'map'],
    ['?map=4/95/10', 'map'],
    ['?layers=posts,satellite', 'layers'],
    ['?view=3d', 'view'],
    ['?fill=everything', 'fill'],
    ['?scene=0', 'scene'],
    ['?scene=two', 'scene'],
    ['?utm_source=x', 'utm_source'],
  ])('garbage %s falls back to the default and names the parameter', (search, param) => {
    const d = decodeUrl(search);
    expect(d.ignored).toEqual([param]);
    expect(d.state).toEqual(DEFAULT_VIEW_STATE);
  });

  it('keeps the readable parts of a partly broken link', () => {
    const d = decodeUrl('?prog=compass&year=abcd&lang=en');
    expect(d.state.programmes).toEqual(['compass']);
    expect(d.state.lang).toBe('en');
    expect(d.state.year).toBeNull();
    expect(d.ignored).toEqual(['year']);
  });

  it('drops ids and years the data do not know', () => {
    const known = {
      programmes: new Set(['prospects']),
      years: [2016, 2023],
      countries: new Set(['NGA']),
      posts: new Set<string>(),
      routes: new Set<string>(),
      scenes: 14,
    };
    const r = sanitize(
      {
        ...full,
        programmes: ['prospects', 'nope'],
        year: 1999,
        selection: { kind: 'country', iso3: 'ZZZ' },
        scene: 15,
      },
      known,
    );
    expect(r.state.programmes).toEqual(['prospects']);
    expect(r.state.year).toBeNull();
    expect(r.state.selection).toBeNull();
    expect(r.state.scene).toBeNull();
    expect(r.ignored).toEqual(['prog', 'year', 'country', 'scene']);
  });
});
