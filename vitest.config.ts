import { defineConfig } from 'vitest/config';

/*
 * Two kinds of tests: `unit` (pure functions in src/lib, fast, parallel) and `site` (build the real
 * report and fixture publications with the real code, then read the output). Builds are heavy, so
 * site test files run one at a time, after a global setup that builds the real report once.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-report.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
