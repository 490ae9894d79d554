import os from 'node:os';
import { defineConfig } from 'vitest/config';

/*
 * The tiers of the suite, one Vitest project each (CONTRIBUTING.md); `npm test` runs them all.
 * - unit: pure functions of src/, no build, seconds (`npm run test:unit`).
 * - content: assertions about this report's own content (tests/content/), in its files; no build.
 * - site: the real report as `npm run build` wrote it into dist/, reused when it is current
 *   (tests/helpers/report-dist.ts), else built once by the global setup (`npm run test:site`).
 * - browser: the same dist/, served on 127.0.0.1 and driven in Chromium (`npm run test:browser`).
 * - fixtures: tests that run builds of their own: fixture publications (tests/fixtures/), astro
 *   dev, and the report a second time, against dist/ (`npm run test:fixtures`). Within a file
 *   builds run concurrently, and every build waits for a free core, counted across the run's
 *   parallel test files (tests/helpers/build-slots.ts).
 * Test files run one per core at a time (filesAtOnce); builds stay bounded by the cores across the
 * parallel files all the same.
 */
/** Every folder of pure logic must stay this well tested; `npm test` fails below it. */
const coverageFloor = { lines: 90, branches: 85 };

const reportSetup = 'tests/helpers/build-report.ts';
const browserTests = ['tests/site/browser.test.ts', 'tests/site/**/*-browser.test.ts'];
/** The files of tests/site/ that build a project of their own (a test file that does joins this list). */
const fixtureTests = [
  'tests/site/content-errors.test.ts',
  'tests/site/dev-overlay.test.ts',
  'tests/site/other-report.test.ts',
  'tests/site/reproducible-build.test.ts',
  'tests/site/sub-path.test.ts',
];
/*
 * One test file per core. Vitest's default is one less than the cores: one file at a time on two
 * cores, with a core idle while a browser file waited on Chromium or a build on its output. Measured
 * quiet on two cores (bench/RESULTS.md, "Test suite time"): `npm test` 441 s with the default, 347 s
 * with two files at once. Three at once on two cores measured slower than one (707 s against 678 s).
 */
const filesAtOnce = os.availableParallelism();
/** Tests without a build: seconds alone, but they share the cores with builds and browsers (Vitest's default is 5 s). */
const sharedCoreTimeouts = { testTimeout: 60_000 };
const buildTimeouts = { testTimeout: 120_000, hookTimeout: 300_000 };
/** A test's time includes its wait for a free core: some thirty builds queue on two cores, minutes on a busy machine. */
const queuedBuildTimeouts = { testTimeout: 600_000, hookTimeout: 600_000 };

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/schemas/**/*.ts', 'src/i18n/**/*.ts', 'src/errors/**/*.ts'],
      reporter: ['text-summary'],
      // With the other test output: lint runs alongside Vitest (tests/run-all.mjs) and skips tests/.work/.
      reportsDirectory: 'tests/.work/coverage',
      thresholds: {
        // src/errors/ (schema-errors.ts) was part of src/lib/ until the layers were set: measured with it.
        '{src/lib,src/errors}/**/*.ts': coverageFloor,
        'src/schemas/**/*.ts': coverageFloor,
        'src/i18n/**/*.ts': coverageFloor,
      },
    },
    maxWorkers: filesAtOnce,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...sharedCoreTimeouts } },
      {
        // The report's own words and numbers (this year's content, not the code): they change with the
        // report, and a new report replaces them. No build: they read content/ as editors write it.
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], ...sharedCoreTimeouts },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          exclude: [...browserTests, ...fixtureTests],
          globalSetup: [reportSetup],
          ...buildTimeouts,
        },
      },
      { test: { name: 'browser', include: browserTests, globalSetup: [reportSetup], ...buildTimeouts } },
      { test: { name: 'fixtures', include: fixtureTests, globalSetup: ['tests/helpers/build-slots.ts'], ...queuedBuildTimeouts } },
    ],
  },
});
