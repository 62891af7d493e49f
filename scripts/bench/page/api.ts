/**
 * What the page helpers (helpers.ts, run in the browser) offer the bench
 * (Node): window.__bench. Types only, shared by both sides.
 */
import type { Shifts, Timing } from '../types';

export interface ReadyResult {
  /** ms from navigation start to the idle map with every layer's data. */
  ms: number;
  complete: boolean;
  /** ms from navigation start to the app's usable map (data-usable); NaN when it never came. Not on the floor page. */
  usableMs?: number;
  /** The GPU programs compiled by then (see programsOf). */
  programs: string[];
  reason?: string;
}

export interface BenchApi {
  /** Layout shifts of the load so far, the largest first. */
  shifts(): Shifts;
  /** Cold load: waits for an idle map with every layer's data. */
  ready(timeout: number): Promise<ReadyResult>;
  /** Resolves when the map has nothing left to load, move or draw (false: timed out). */
  idle(timeout: number): Promise<boolean>;
  /** Arms one measurement of the next event of this type; read the result from `pending`. */
  arm(type: 'click' | 'keydown', timeout: number): boolean;
  pending?: Promise<Timing>;
  /** The floor's own filter change, measured like arm(). */
  floorChange(timeout: number): Promise<Timing>;
  /** n filter changes through the UI (DOM clicks), each followed by its frame. */
  churn(n: number): Promise<{ frames: number; url: string }>;
  mapSize(): { w: number; h: number };
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}
