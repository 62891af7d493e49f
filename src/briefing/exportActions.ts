/**
 * The export and story actions behind the briefing menu: PNG of the current
 * view, every scene as numbered PNGs in a zip, "add current view to story" and
 * the story as a scenes file that can replace data/<year>/scenes.yaml.
 */
import { download } from '../data/download';
import type { AppData, Scene } from '../data/types';
import { translator } from '../i18n/t';
import type { Bounds, SceneCamera } from '../map/camera';
import { withSurroundings } from '../map/framing';
import { liveCamera } from '../map/liveMap';
import { editionsYearContext, effectiveYear, filterContextOf } from '../state/filterContext';
import { headline } from '../state/headline';
import type { AppState, AppStore } from '../state/store';
import type { ViewState } from '../state/types';
import { viewStateOf } from '../state/types';
import { canvasToPng, renderSlide, sceneFileName } from './exportPng';
import { storyOf } from './presenter';
import { sceneToViewState, viewStateToScene } from './sceneState';

function completeData(s: AppState): AppData {
  const d = s.data;
  const missing = (['countries', 'labels', 'posts', 'routes', 'programmes', 'editions', 'context'] as const).filter(
    (k) => !d[k],
  );
  if (missing.length > 0) throw new Error(missing.join(', '));
  return d as AppData;
}

/** Title and subtitle that say what the picture shows: a scene's own title, else the view's headline sentence. */
export function describeView(view: ViewState, data: AppData, scene: Scene | null): { title: string; subtitle: string } {
  const t = translator(view.lang);
  const year = effectiveYear(view.year, data.editions.latest);
  const goal = view.goal === 'both' ? t('goalBoth') : t(view.goal);
  const programmes = view.programmes.map((id) => data.programmes.find((p) => p.id === id)?.[`name_${view.lang}`] ?? id);
  const sel = view.selection;
  const country =
    sel?.kind === 'country'
      ? data.countries.features.find((f) => f.properties.iso3 === sel.iso3)?.properties[`name_${view.lang}`]
      : undefined;
  const parts = [`${goal}, ${year}`, ...programmes, ...(country ? [country] : [])];
  if (scene) return { title: scene[`title_${view.lang}`], subtitle: parts.join(' · ') };
  // The headline sentence of the view, in the interface's language (the header's h1 says the same).
  const title = headline(data, filterContextOf(editionsYearContext(data.editions, view.year), view), view.lang).text;
  return { title, subtitle: parts.slice(1).join(' · ') || t('appSubtitle') };
}

/**
 * What a slide of the current view frames: a selected country with its
 * neighbours, else the countries with data for the filters (never the world,
 * nor whatever the window happened to show).
 */
function slideCamera(view: ViewState, data: AppData): SceneCamera | 'data' {
  const sel = view.selection;
  if (sel?.kind !== 'country') return 'data';
  const box = data.countries.features.find((f) => f.properties.iso3 === sel.iso3)?.properties.fit_bounds;
  return box ? { bounds: withSurroundings(box as Bounds) } : 'data';
}

export async function exportCurrentView(store: AppStore, scale: 1 | 2): Promise<void> {
  const s = store.getState();
  const data = completeData(s);
  const view = viewStateOf(s);
  const scene = s.scene !== null ? (storyOf(s)[s.scene - 1] ?? null) : null;
  const camera = scene ? scene.camera : slideCamera(view, data);
  const canvas = await renderSlide({ data, view, camera, scale, ...describeView(view, data, scene) });
  const name = scene
    ? sceneFileName(s.scene! - 1, scene)
    : `migratiekaart-${effectiveYear(view.year, data.editions.latest)}`;
  download(
    scale === 2 ? name.replace(/(\.png)?$/, '@2x.png') : name.replace(/(\.png)?$/, '.png'),
    await canvasToPng(canvas),
  );
}

/** Every scene of the story, rendered one after another, as numbered PNGs in one zip. */
export async function exportAllScenes(
  store: AppStore,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const s = store.getState();
  const data = completeData(s);
  const story = storyOf(s);
  const { zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  for (const [i, scene] of story.entries()) {
    const view = sceneToViewState(scene, s.lang);
    const canvas = await renderSlide({
      data,
      view,
      camera: scene.camera,
      scale: 1,
      ...describeView(view, data, scene),
    });
    files[sceneFileName(i, scene)] = new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
    onProgress?.(i + 1, story.length);
  }
  // PNGs are compressed already: store them.
  download(
    'migratiekaart-scenes.zip',
    new Blob([zipSync(files, { level: 0 }) as BlobPart], { type: 'application/zip' }),
  );
}

/** Appends the current view to the story; returns its 1-based number. */
export function addCurrentViewToStory(store: AppStore): number {
  const s = store.getState();
  const camera = liveCamera();
  if (!camera) throw new Error('map not ready');
  const story = storyOf(s);
  const n = story.length + 1;
  const data = s.data as AppData;
  const view = viewStateOf(s);
  const nl = describeView({ ...view, lang: 'nl' }, data, null);
  const en = describeView({ ...view, lang: 'en' }, data, null);
  const scene = viewStateToScene(view, camera, {
    id: `own-view-${n}`,
    title_nl: translator('nl')('newSceneTitle', { n }),
    title_en: translator('en')('newSceneTitle', { n }),
    text_nl: nl.subtitle,
    text_en: en.subtitle,
    source: `Inleiding; ${translator('nl')('sourceLine', { year: data.editions?.latest ?? '' })}`,
  });
  s.setStory([...story, scene]);
  return n;
}

/** The story as YAML in the format of data/<year>/scenes.yaml. */
export async function exportStory(store: AppStore): Promise<void> {
  const { stringify } = await import('yaml');
  const story = storyOf(store.getState());
  download('scenes.yaml', stringify(story, { flowCollectionPadding: false }), 'text/yaml;charset=utf-8');
}
