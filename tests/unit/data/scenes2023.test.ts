/** The 2023 story as the report tells it: its scenes, both languages, sources. */
import { describe, expect, it } from 'vitest';
import { sceneToViewState } from '../../../src/briefing/sceneState';
import { realData } from './realData';

const d = realData();

describe('the default story', () => {
  it('has at least eight scenes that follow the report', () => {
    const ids = d.scenes.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const id of [
      'global-context',
      'two-goals',
      'posts-network',
      'prospects',
      'afghanistan-region',
      'compass',
      'morocco',
      'nigeria',
      'iraq',
      'results-2023',
    ])
      expect(ids).toContain(id);
  });

  it('every scene has both languages and a source', () => {
    for (const s of d.scenes) {
      expect(s.title_nl && s.title_en && s.text_nl && s.text_en).toBeTruthy();
      expect(s.source).toMatch(/^(H[1-4]|Inleiding|ref: )/);
    }
  });

  it('the Prospects scene shows exactly the Prospects filter', () => {
    const v = sceneToViewState(d.scenes.find((s) => s.id === 'prospects')!, 'nl');
    expect(v.programmes).toEqual(['prospects']);
    expect(v.goal).toBe('reception-in-region');
    expect(v.layers).toEqual({ posts: true, routes: false, labels: true, context: false });
  });
});
