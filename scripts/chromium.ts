/**
 * How tests and the benchmark launch Debian's Chromium: never a downloaded
 * browser; headless, no background networking (this machine has no network
 * beyond the registries), WebGL2 in software through SwiftShader.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
