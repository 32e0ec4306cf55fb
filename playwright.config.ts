import { defineConfig } from '@playwright/test';

// The e2e specs drive the production build (.output/chrome-mv3) in Debian's Chromium against local HTTPS fakes,
// a fresh browser per test. Two kinds of spec share the machine (2 cores):
// - "flows" keep the CPU busy (a browser reading, rendering, saving): one at a time, as two at once only slow each
//   other down;
// - "waits" spend most of their time idle on the product's own clocks (the outbox's retry after about 5 s, a
//   vendor's 20–30 s timeout, Stardex's pacing): three of them run beside the flow of the moment.
// Each worker has its own fake server (a worker fixture), so no two tests share a fake's state.
const WAITS = ['fault-matrix.spec.ts', 'outbox.spec.ts', 'list.spec.ts', 'stardex.spec.ts', 'update.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 4,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never' }]],
  projects: [
    { name: 'flows', testIgnore: WAITS, workers: 1, fullyParallel: false },
    { name: 'waits', testMatch: WAITS, workers: 3, fullyParallel: true },
  ],
});
