/**
 * Keeps the URL and the store in step, from outside React:
 * - on start, the URL is decoded into the store (garbage -> defaults + notice);
 * - once the data are loaded, ids the data do not know are dropped (+ notice);
 * - every view-state change is written with replaceState (coalesced), the
 *   camera on moveend (see MapView); a new selection pushes; back/forward
 *   re-apply the URL.
 */

import { shallow } from 'zustand/shallow';
import type { AppStore } from './store';
import { isSettled } from './store';
import { viewStateOf } from './types';
import { type Camera, decodeUrl, encodeUrl, sanitize } from './urlCodec';

let camera: Camera | null = null;
let initialCamera: Camera | null = null;

/** True when the URL holds a camera (the user's own move or a link's), false when the app framed the view. */
export function cameraPinned(): boolean {
  return camera !== null;
}

/** The camera the URL asked for at start-up (MapView reads it once). */
export function takeInitialCamera(): Camera | null {
  return initialCamera;
}

/**
 * The camera after a move. A camera somebody chose (a gesture, a link, the
 * presenter's view back) is written; after the app framed the view (first
 * view, a selection, a scene) the URL holds none, since the framing follows
 * from the rest of the URL and a pinned camera would override it on another
 * screen; any other move (a resize) keeps the URL's camera or its absence.
 */
export function writeCamera(c: Camera, kind: 'chosen' | 'framing' | 'other', win: Window = window) {
  camera = kind === 'chosen' || (kind === 'other' && camera !== null) ? c : null;
  write(win, currentState);
  // moveend comes once per gesture: no burst to coalesce, and a link copied right after a move must have it.
  flushReplace();
}

let currentState: Parameters<typeof encodeUrl>[0] | null = null;

let writtenSelection: unknown;
/** True while applying Back/Forward: those writes must not push again. */
let popping = false;

/**
 * Replaces are coalesced: a burst of filter clicks or a year animation writes
 * the URL once, after it settles (Chromium also throttles history calls past
 * ~100 a second, with a console warning). The write itself then waits for an
 * idle moment: on a large page replaceState is slow enough to delay the next
 * click's frame (figures in docs/performance.md, "URL replaces").
 */
const REPLACE_DELAY_MS = 150;
/** Longest an idle write may wait on a busy page. */
const IDLE_TIMEOUT_MS = 1000;
/** The URL waiting to be written into the current history entry. */
let pendingReplace: { cancel: () => void; win: Window; search: string } | null = null;

function replaceWith(win: Window, search: string) {
  if (search === win.location.search) return;
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
}

/** Writes a pending replace at once, so the entry being left keeps its last state. */
function flushReplace() {
  if (!pendingReplace) return;
  const { cancel, win, search } = pendingReplace;
  cancel();
  pendingReplace = null;
  replaceWith(win, search);
}

function scheduleReplace(win: Window, search: string) {
  pendingReplace?.cancel();
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof win.requestIdleCallback === 'function')
      idle = win.requestIdleCallback(flushReplace, { timeout: IDLE_TIMEOUT_MS });
    else flushReplace();
  }, REPLACE_DELAY_MS);
  const cancel = () => {
    clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback(idle);
  };
  pendingReplace = { cancel, win, search };
}

/**
 * Opening or closing a panel is a step the user expects Back to undo, so a
 * selection change pushes a history entry; every other change replaces it.
 * Scene steps replace too: 200 clicks of a presenter's remote are not 200
 * Back steps, and Back should leave the presentation's page, not replay it.
 */
function write(win: Window, state: typeof currentState) {
  if (!state) return;
  const search = encodeUrl(state, camera);
  const selectionKey = JSON.stringify(state.selection);
  const push = !popping && state.scene === null && writtenSelection !== undefined && selectionKey !== writtenSelection;
  writtenSelection = selectionKey;
  if (push) {
    flushReplace();
    if (search !== win.location.search)
      win.history.pushState(null, '', `${win.location.pathname}${search}${win.location.hash}`);
  } else if (popping) replaceWith(win, search);
  else scheduleReplace(win, search);
}

/** Adds ignored parameters to the notice already showing (URL read, then data check). */
function noticeFor(store: AppStore, ignored: string[]) {
  if (ignored.length === 0) return;
  const current = store.getState().notice;
  const before = current?.kind === 'link-ignored' ? current.params : [];
  store.getState().setNotice({ kind: 'link-ignored', params: [...new Set([...before, ...ignored])] });
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
    { equalityFn: shallow },
  );

  // Check ids against the data once they are there.
  const unsubscribeData = store.subscribe(
    (s) =>
      s.data.programmes &&
      s.data.editions &&
      s.data.countries &&
      s.data.posts &&
      s.data.routes &&
      isSettled(s.status.scenes)
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
    // A replace still waiting belongs to the entry being left; the popped entry's URL wins.
    pendingReplace?.cancel();
    pendingReplace = null;
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
    flushReplace();
    win.removeEventListener('popstate', onPop);
  };
}

const cameraListeners = new Set<(c: Camera) => void>();
/** MapView listens here to follow back/forward camera changes. */
export function onUrlCamera(listener: (c: Camera) => void): () => void {
  cameraListeners.add(listener);
  return () => cameraListeners.delete(listener);
}
