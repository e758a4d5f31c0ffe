import { defineConfig } from 'vitest/config';

/**
 * Three suites: `unit` (pure code, no I/O), `api` (Fastify inject on a real database: PGlite,
 * or PostgreSQL when DOORBRAAK_TEST_DATABASE_URL is set) and `e2e` (Chromium via playwright-core).
 * scripts/test.mjs decides which run on this machine and says which are skipped.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['src/**/*.api.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/**/*.api.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          // One template, a pool of servers (a fresh database per file) and one Chromium per worker,
          // all in the main process; see e2e/support/pool.ts.
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          // Its own group: it may use another number of workers than the other suites.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
