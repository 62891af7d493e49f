import { describe, expect, it } from 'vitest';
import { sceneKeyAction } from '../../../src/briefing/presenter';
import { clampScene, sceneToViewState, viewStateToScene } from '../../../src/briefing/sceneState';
import type { Scene } from '../../../src/data/types';
import { scene as sceneSchema } from '../../../src/model/schema';
import { DEFAULT_VIEW_STATE } from '../../../src/state/types';
import { decodeUrl, encodeUrl } from '../../../src/state/urlCodec';
import { realData } from '../data/realData';

describe('a scene as a view', () => {
  it('shows exactly the scene’s filters, country and layers, in the map view', () => {
    const scene: Scene = {
      id: 'test-scene',
      title_nl: 'Test',
      title_en: 'Test',
      text_nl: 'Tekst',
      text_en: 'Text',
      source: 'H1',
      camera: { center: [5, 52], zoom: 4 },
      programmes: ['alpha'],
      year: 2022,
      goal: 'reception-in-region',
      country: 'AAA',
      layers: ['posts', 'labels'],
    };
    expect(sceneToViewState(scene, 'en')).toEqual({
      ...DEFAULT_VIEW_STATE,
      programmes: ['alpha'],
      year: 2022,
      goal: 'reception-in-region',
      selection: { kind: 'country', iso3: 'AAA' },
      layers: { posts: true, routes: false, labels: true, context: false },
      lang: 'en',
      view: 'map',
    });
  });
});

describe('scene <-> URL', () => {
  it.each(realData().scenes.map((s) => [s.id, s] as const))('scene %s survives a trip through a link', (_, scene) => {
    const view = { ...sceneToViewState(scene, 'en'), scene: 4 };
    const back = decodeUrl(encodeUrl(view, null));
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual(view);
  });

  it('the current view becomes a valid scene, and back the same view', () => {
    const view = {
      ...DEFAULT_VIEW_STATE,
      programmes: ['compass'],
      year: 2024,
      goal: 'migration-cooperation' as const,
      selection: { kind: 'country' as const, iso3: 'NGA' },
    };
    const scene = viewStateToScene(
      view,
      { zoom: 3.456, lat: 9.12345, lon: 8.6789 },
      {
        id: 'own-view-15',
        title_nl: 'Eigen weergave 15',
        title_en: 'Own view 15',
        text_nl: 'x',
        text_en: 'x',
        source: 'Inleiding',
      },
    );
    expect(sceneSchema.safeParse(scene).success).toBe(true);
    expect(scene.camera).toEqual({ center: [8.6789, 9.1235], zoom: 3.46 });
    expect(sceneToViewState(scene, 'nl')).toEqual(view);
  });
});

describe('scene schema and validation errors', () => {
  const base = { id: 'x', title_nl: 't', title_en: 't', text_nl: 't', text_en: 't', source: 'H1, x' };
  it.each([
    ['bounds upside down', { ...base, camera: { bounds: [10, 40, 0, 30] } }, 'camera'],
    ['both bounds and centre', { ...base, camera: { bounds: [0, 0, 1, 1], center: [0, 0], zoom: 2 } }, 'camera'],
    ['unknown layer', { ...base, camera: { center: [0, 0], zoom: 2 }, layers: ['satellite'] }, 'layers'],
    ['no source', { ...base, camera: { center: [0, 0], zoom: 2 }, source: '' }, 'source'],
    ['goal misspelt', { ...base, camera: { center: [0, 0], zoom: 2 }, goal: 'reception' }, 'goal'],
  ])('%s is rejected at %s', (_, input, field) => {
    const r = sceneSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path[0] === field)).toBe(true);
  });
});

describe('clicker keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['a', null],
  ])('%j -> %s', (key, action) => {
    expect(sceneKeyAction(key)).toBe(action);
  });

  it('scene numbers from a link are clamped to the story', () => {
    expect(clampScene(0, 14)).toBe(1);
    expect(clampScene(99, 14)).toBe(14);
    expect(clampScene(3, 14)).toBe(3);
  });
});

describe('scenes are cross-checked like all data', () => {
  it('a scene naming an unknown programme or a country without a boundary is an error with its path', async () => {
    const { checkTexts, withFile } = await import('../data/helpers');
    const errors = checkTexts(
      withFile('scenes.yaml', (t) =>
        t.replace('programmes: [prospects]', 'programmes: [prospectz]').replace('country: PAK', 'country: TKL'),
      ),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'data/2023/scenes.yaml',
          field: 'programmes',
          value: 'prospectz',
          code: 'unknown-programme',
        }),
        expect.objectContaining({ file: 'data/2023/scenes.yaml', field: 'country', value: 'TKL', code: 'no-boundary' }),
      ]),
    );
  });
});
