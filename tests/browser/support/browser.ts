/**
 * Debian's Chromium through playwright-core (software WebGL via SwiftShader),
 * the window sizes the journeys use, and the app's address from globalSetup.ts.
 */
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium';

/** Desktop layout; at 1280 px the default camera shows West Africa clear of the legend. */
export const DESKTOP = { width: 1280, height: 800 };
export const FULL_HD = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };

export function baseUrl(): string {
  return inject('baseUrl');
}

export function launchBrowser(): Promise<Browser> {
  return launchBrowserWith([]);
}

/** Chromium with extra command-line switches (e.g. '--js-flags=--expose-gc'). */
export function launchBrowserWith(extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

export function newContext(
  browser: Browser,
  viewport = DESKTOP,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options });
}
