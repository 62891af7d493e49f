/**
 * Shared helpers for the browser journeys: Debian's Chromium through
 * playwright-core, the app served from dist/ by globalSetup.ts, and small
 * probes into the page. One module per concern; import them from here.
 */
export * from './axe';
export * from './browser';
export * from './filters';
export * from './framing';
export * from './http';
export * from './map';
export * from './paths';
export * from './png';
export * from './posts';
export * from './session';
export * from './watch';
