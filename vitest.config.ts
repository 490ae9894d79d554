import { defineConfig } from 'vitest/config';

/*
 * Three kinds of tests: `unit` (pure functions in src/lib, fast, parallel), `content` (assertions
 * about this report's own content files, tests/content/) and `site` (build the real
 * report and fixture publications with the real code, then read the output). Site test files run
 * in parallel after a global setup that builds the real report once; within a file, fixture builds
 * run concurrently, and every build waits for a free core (tests/helpers/concurrency.ts).
 */
/** Every folder of pure logic must stay this well tested; `npm test` fails below it. */
const coverageFloor = { lines: 90, branches: 85 };

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/schemas/**/*.ts', 'src/i18n/**/*.ts'],
      reporter: ['text-summary'],
      // With the other test output: lint runs alongside Vitest (tests/run-all.mjs) and skips tests/.work/.
      reportsDirectory: 'tests/.work/coverage',
      thresholds: {
        'src/lib/**/*.ts': coverageFloor,
        'src/schemas/**/*.ts': coverageFloor,
        'src/i18n/**/*.ts': coverageFloor,
      },
    },
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // The report's own words and numbers (this year's content, not the code): they change with the
        // report, and a new report replaces them. No build: they read content/ as editors write it.
        test: { name: 'content', include: ['tests/content/**/*.test.ts'] },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-report.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
