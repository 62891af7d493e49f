/**
 * Where the map looks. `Camera` (centre + zoom) is what the URL carries;
 * `SceneCamera` is a move target: a box to fit, or a centre and zoom. Scenes
 * store this shape, and the map owns it so that nothing in map/ needs the
 * briefing.
 */
import type { Scene } from '../data/types';

export type SceneCamera = Scene['camera'];

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];
