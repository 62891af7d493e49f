/**
 * Keeps the URL and the store in step, from outside React:
 * - on start, the URL is decoded into the store (garbage -> defaults + notice);
 * - once the data are loaded, ids the data do not know are dropped (+ notice);
 * - every view-state change is written with replaceState, the camera on
 *   moveend (see MapView); back/forward re-apply the URL.
 */
import type { AppStore } from './store';
import { viewStateOf } from './store';
import { type Camera, decodeUrl, encodeUrl, sanitize } from './urlCodec';

let camera: Camera | null = null;
let initialCamera: Camera | null = null;

/** The camera the URL asked for at start-up (MapView reads it once). */
export function takeInitialCamera(): Camera | null {
  return initialCamera;
}

export function writeCamera(c: Camera, win: Window = window) {
  camera = c;
  write(win, currentState);
}

let currentState: Parameters<typeof encodeUrl>[0] | null = null;

let writtenSelection: unknown;
/** True while applying Back/Forward: those writes must not push again. */
let popping = false;

/**
 * Opening or closing a panel is a step the user expects Back to undo, so a
 * selection change pushes a history entry; every other change replaces it.
 */
function write(win: Window, state: typeof currentState) {
  if (!state) return;
  const search = encodeUrl(state, camera);
  if (search === win.location.search) return;
  const url = `${win.location.pathname}${search}${win.location.hash}`;
  const selectionKey = JSON.stringify(state.selection);
  if (!popping && writtenSelection !== undefined && selectionKey !== writtenSelection)
    win.history.pushState(null, '', url);
  else win.history.replaceState(win.history.state, '', url);
  writtenSelection = selectionKey;
}

/** Adds ignored parameters to the notice already showing (URL read, then data check). */
function noticeFor(store: AppStore, ignored: string[]) {
  if (ignored.length === 0) return;
  const current = store.getState().notice;
  const before = current?.startsWith('url:') ? current.slice(4).split(', ') : [];
  store.getState().setNotice(`url:${[...new Set([...before, ...ignored])].join(', ')}`);
}

export function startUrlSync(store: AppStore, win: Window): () => void {
  const apply = () => {
    const decoded = decodeUrl(win.location.search);
    store.getState().applyViewState(decoded.state);
    camera = decoded.camera;
    initialCamera = decoded.camera;
    noticeFor(store, decoded.ignored);
  };
  apply();
  currentState = viewStateOf(store.getState());
  writtenSelection = JSON.stringify(currentState.selection);

  const unsubscribe = store.subscribe(
    (s) => viewStateOf(s),
    (state) => {
      currentState = state;
      write(win, state);
    },
    { equalityFn: shallowViewEqual },
  );

  // Check ids against the data once they are there.
  const unsubscribeData = store.subscribe(
    (s) =>
      s.data.programmes &&
      s.data.editions &&
      s.data.countries &&
      s.data.posts &&
      s.data.routes &&
      (s.status.scenes === 'ready' || s.status.scenes === 'error')
        ? s.data
        : null,
    (data) => {
      if (!data?.programmes || !data.editions || !data.countries || !data.posts || !data.routes) return;
      const { state, ignored } = sanitize(viewStateOf(store.getState()), {
        programmes: new Set(data.programmes.map((p) => p.id)),
        years: data.editions.years,
        countries: new Set(data.countries.features.map((f) => f.properties.iso3).filter((x): x is string => !!x)),
        posts: new Set(data.posts.features.map((f) => f.properties.id)),
        routes: new Set(data.routes.features.map((f) => f.properties.id)),
        scenes: (store.getState().story ?? data.scenes ?? []).length,
      });
      if (ignored.length > 0) {
        store.getState().applyViewState(state);
        noticeFor(store, ignored);
      }
      unsubscribeData();
    },
    { fireImmediately: true },
  );

  const onPop = () => {
    popping = true;
    apply();
    popping = false;
    writtenSelection = JSON.stringify(store.getState().selection);
    cameraListeners.forEach((l) => {
      if (camera) l(camera);
    });
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    unsubscribeData();
    win.removeEventListener('popstate', onPop);
  };
}

const cameraListeners = new Set<(c: Camera) => void>();
/** MapView listens here to follow back/forward camera changes. */
export function onUrlCamera(listener: (c: Camera) => void): () => void {
  cameraListeners.add(listener);
  return () => cameraListeners.delete(listener);
}

function shallowViewEqual(a: ReturnType<typeof viewStateOf>, b: ReturnType<typeof viewStateOf>): boolean {
  return (
    a.programmes === b.programmes &&
    a.year === b.year &&
    a.goal === b.goal &&
    a.selection === b.selection &&
    a.lang === b.lang &&
    a.layers === b.layers &&
    a.view === b.view &&
    a.scene === b.scene
  );
}
