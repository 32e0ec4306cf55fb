import { defineConfig } from '@playwright/test';

// The e2e specs drive the production build (.output/chrome-mv3) in Debian's Chromium against local HTTPS fakes.
// One worker: a browser per test on a 2-core machine.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never' }]],
});
