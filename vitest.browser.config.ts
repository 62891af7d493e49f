import { defineConfig } from 'vitest/config';

// Browser journeys: Debian's Chromium (playwright-core) against the production
// build in dist/, served by nginx with deploy/nginx from tests/browser/globalSetup.ts.
// Run `npm run build` first; `npm run test:browser` does not build.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: 'tests/browser/globalSetup.ts',
    pool: 'forks',
    // One browser per file, files one after another: the machine has two cores
    // and software WebGL is CPU-bound.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 15_000,
    // Software WebGL on a busy machine: give polled expectations time.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    env: { TZ: 'Europe/Amsterdam' },
  },
});
