import { defineConfig } from 'vitest/config';

// Unit and component tests: no browser, no network. Browser journeys live in
// vitest.browser.config.ts and run against the production build.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    env: { TZ: 'Europe/Amsterdam' },
  },
});
