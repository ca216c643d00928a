import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/**/*.browser.test.ts'],
          environment: 'node',
          // Some tests build a tool (its relevance table takes a few seconds) or walk thousands of cases.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup/global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Tests marked concurrent (every page's checks) run three at a time: more only queues work on two cores.
          maxConcurrency: 3,
        },
      },
    ],
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
