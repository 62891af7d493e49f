/** The slide of a view is titled with the view's headline sentence, in the interface's language; a scene keeps its own title. */
import { describe, expect, it } from 'vitest';
import { describeView } from '../../../src/briefing/exportActions';
import type { AppData, Scene } from '../../../src/data/types';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/types';
import { tiny } from '../state/fixture';

const data = tiny as unknown as AppData;
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...over });

describe('describeView', () => {
  it('titles the slide with the headline, in the language of the interface', () => {
    expect(describeView(view({ lang: 'nl' }), data, null).title).toBe(
      'In 2023 werkt Nederland in 3 landen aan migratie',
    );
    expect(describeView(view({ lang: 'en' }), data, null).title).toBe(
      'In 2023 the Netherlands works on migration in 3 countries',
    );
    expect(describeView(view({ lang: 'en', year: 2024, programmes: ['beta'] }), data, null).title).toBe(
      'In 2024 the Netherlands has programmes on migration active in 3 countries; beta en in 2',
    );
  });

  it("keeps a scene's own title", () => {
    const scene = { title_nl: 'Scène', title_en: 'Scene' } as Scene;
    expect(describeView(view({ lang: 'en' }), data, scene).title).toBe('Scene');
  });
});
