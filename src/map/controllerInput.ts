/**
 * What a MapController is given besides its data: the callbacks it reports
 * through, and the filters' view when it is made.
 */
import type { Selection } from '../state/types';
import type { Camera } from '../state/urlCodec';
import type { MoveKind } from './cameraFraming';
import type { CountryState } from './countryStates';
import type { HoverInfo } from './interaction';

export interface MapCallbacks {
  onSelect: (s: Selection | null) => void;
  onHover: (h: HoverInfo | null) => void;
  /**
   * After every move, with what moved it (cameraFraming.ts, MoveKind): a
   * framing (first view, a selection, a scene, a re-frame for a panel)
   * follows from the view state, so a link should not pin its camera.
   */
  onMoveEnd: (c: Camera, kind: MoveKind) => void;
  /** The style and its sources exist: the view can be applied before the first full frame. */
  onStyleReady?: () => void;
  /** The first complete frame is drawn. */
  onReady: () => void;
  /** The first frame with countries, focus-role outlines and posts is drawn, and clicks reach them (usable.ts). */
  onUsable?: () => void;
  onError: (message: string) => void;
  /** How many post clusters are drawn, when that changes (the legend explains them). */
  onClustersDrawn?: (n: number) => void;
}

/** The filters' view when the map is made, so its sources start with it (style.ts, StartData). */
export interface InitialView {
  states: Map<string, CountryState>;
  /** The countries whose posts show; null: all. */
  postCountries: ReadonlySet<string> | null;
}
