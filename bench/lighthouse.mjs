// @ts-check
/*
 * Lighthouse on one page of each type, in each language: a fresh build of the real report (or an
 * existing one, `--site dist`) served on 127.0.0.1 with the headers of its own _headers file (CSP
 * included), compressed as deploy/nginx.conf sends it (the precompressed Brotli copies that
 * `npm run build` writes), then Lighthouse's default run: a phone, simulated
 * throttling (slow 4G, CPU slowed down 4 times), the four categories. Prints a table, writes
 * bench/results/lighthouse.json and exits 1 when a page scores below 100 in any category or its
 * Largest Contentful Paint is over 1 s: the gate of issue 11.
 *
 *   node bench/lighthouse.mjs                         fresh build, every page, 3 runs each (the median run counts)
 *   node bench/lighthouse.mjs --site dist             the site `npm run build` wrote
 *   node bench/lighthouse.mjs --only search --runs 1  pages whose path holds "search", one run each
 *
 * Chromium: CHROME_PATH, else CHROMIUM_PATH or the usual places (tests/helpers/find-chromium.ts).
 * Lighthouse and chrome-launcher are bench/'s own dependencies (bench/package.json), which every
 * `npm ci` of the project would otherwise download: `npm ci --prefix bench` installs them
 * (`npm run bench` does it first).
 * Needs Node 22.18 or newer, which runs the TypeScript helpers directly. Lighthouse's simulated
 * throttling scales the CPU work it observes, so a machine busy with other work scores lower.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { localeInfo } from '../src/i18n/locales.ts';
import { locales } from '../src/i18n/publication-locales.ts';
import { chromiumFlags } from '../tests/helpers/browser.ts';
import { findChromium } from '../tests/helpers/find-chromium.ts';
import { measureBuild } from './measure-build.mjs';

/**
 * The pages measured, one of each type, as paths inside a language's prefix; each is measured in
 * every language, except a page that holds both (`bothLanguages`), measured once at its own path.
 * A new page type is one line here.
 * @type {{ type: string, path: string, bothLanguages?: boolean }[]}
 */
const pageTypes = [
  { type: 'home', path: '' },
  { type: 'section, no chart', path: 'overview/' },
  { type: 'section, 1 chart', path: 'talent/' },
  { type: 'section, 2 charts (the most)', path: 'two-ins-one-out/' },
  { type: 'figure', path: 'figures/two-ins-one-out.cross-border-volume/' },
  { type: 'data', path: 'data/' },
  { type: 'search', path: 'search/' },
  { type: 'whole report', path: 'full/' },
  { type: 'glossary', path: 'glossary/' },
  { type: 'side by side', path: 'parallel/two-ins-one-out/', bothLanguages: true },
];

/** The gate: every category at 100 and LCP at most this. */
const maxLcpMs = 1000;
const categories = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

const { values: options } = parseArgs({
  options: {
    site: { type: 'string' },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not ${options.runs}`);

const projectRoot = path.resolve(import.meta.dirname, '..');
const base = process.env['BASE_PATH'] ?? '/';
const chromePath = process.env['CHROME_PATH'] || findChromium();
const resultsFile = path.join(projectRoot, 'bench/results/lighthouse.json');

/**
 * The site served from a worker thread (bench/serve-site-worker.mjs).
 * @param {string} siteDir
 * @param {string} prefix
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function serveInWorker(siteDir, prefix) {
  const worker = new Worker(new URL('./serve-site-worker.mjs', import.meta.url), { workerData: { siteDir, prefix } });
  /** @type {string} */
  const url = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const close = () =>
    new Promise((resolve) => {
      worker.once('exit', () => resolve(undefined));
      worker.postMessage('close');
    }).then(() => undefined);
  return { url, close };
}

/** A fresh build (`astro build`: its search index and precompressed files too), inside bench/.work/. */
async function freshBuild() {
  // Inside the project: see tests/helpers/astro-build.ts on outDirs outside the working directory.
  fs.mkdirSync(path.join(projectRoot, 'bench/.work'), { recursive: true });
  const work = fs.mkdtempSync(path.join(projectRoot, 'bench/.work/lighthouse-'));
  const siteDir = path.join(work, 'dist');
  const build = await measureBuild({ cwd: projectRoot, outDir: siteDir, env: { ASTRO_CACHE_DIR: path.join(work, 'cache') } });
  console.log(`Fresh build: ${build.pages} pages in ${build.seconds.toFixed(1)} s.`);
  return { siteDir, cleanUp: () => fs.rmSync(work, { recursive: true, force: true }) };
}

/**
 * One Lighthouse run in a fresh Chromium. A run that fails to record its trace (NO_NAVSTART, seen
 * now and then on a loaded machine; Lighthouse's own advice is to run again) is tried twice more.
 * @param {string} url
 */
async function audit(url, attempts = 3) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
    if (result === undefined) throw new Error(`Lighthouse returned no result for ${url}`);
    const error = result.lhr.runtimeError;
    if (error === undefined) return result.lhr;
    if (attempts <= 1) throw new Error(`Lighthouse could not measure ${url}: ${error.code} ${error.message}`);
    console.log(`${url}: ${error.code}, trying again`);
  } finally {
    chrome.kill();
  }
  return audit(url, attempts - 1);
}

/**
 * What the table and the JSON keep of a Lighthouse result: scores out of 100, the metrics, and
 * every audit that cost points, so a miss says what to fix.
 * @param {import('lighthouse').Result} lhr
 */
function summary(lhr) {
  const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
  const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
  const misses = categories.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ({
        category: id,
        audit: ref.id,
        score: lhr.audits[ref.id]?.score,
        value: lhr.audits[ref.id]?.displayValue ?? '',
      })),
  );
  return {
    scores,
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
    fcpMs: Math.round(metric('first-contentful-paint')),
    speedIndexMs: Math.round(metric('speed-index')),
    lcpElement: lcpElement(lhr),
    misses,
  };
}

/**
 * The element Lighthouse took for the largest contentful paint, to say what a slow LCP waited for.
 * Lighthouse 12.2.3 cannot always read it from the traces of newer Chromiums: then it is unknown.
 * @param {import('lighthouse').Result} lhr
 */
function lcpElement(lhr) {
  const details = /** @type {any} */ (lhr.audits['largest-contentful-paint-element']?.details);
  return /** @type {string | undefined} */ (details?.items?.[0]?.items?.[0]?.node?.snippet) ?? 'unknown';
}

const pages = locales
  .flatMap((locale) => {
    const prefix = localeInfo[locale].pathPrefix === '' ? '' : `${localeInfo[locale].pathPrefix}/`;
    return pageTypes
      .filter((page) => !page.bothLanguages || locale === locales[0])
      .map((page) => ({
        type: page.type,
        locale: page.bothLanguages ? locales.join('+') : locale,
        path: `${base}${page.bothLanguages ? '' : prefix}${page.path}`,
      }));
  })
  .filter((page) => options.only === undefined || page.path.includes(options.only));
if (pages.length === 0) throw new Error(`No page's path holds "${options.only}".`);

const { siteDir, cleanUp } = options.site ? { siteDir: path.resolve(options.site), cleanUp: () => {} } : await freshBuild();
const server = await serveInWorker(siteDir, base);
/** @type {({ type: string, locale: string, path: string, runs: number, lighthouse: string, chromium: string } & ReturnType<typeof summary>)[]} */
const results = [];
try {
  const loadBefore = os.loadavg()[0] ?? 0;
  for (const page of pages) {
    const file = path.join(siteDir, page.path.slice(base.length), 'index.html');
    if (!fs.existsSync(file)) throw new Error(`${page.path} (${page.type}) is not in the build: ${file} is missing.`);
    const lhrs = [];
    for (let run = 0; run < runs; run++) lhrs.push(await audit(`${server.url}${page.path}`));
    const median = computeMedianRun(lhrs);
    results.push({
      ...page,
      runs,
      lighthouse: median.lighthouseVersion,
      chromium: median.environment.hostUserAgent,
      ...summary(median),
    });
    const last = results[results.length - 1];
    console.log(`${page.path}: performance ${last?.scores['performance']}, LCP ${last?.lcpMs} ms`);
  }

  const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS'];
  const rows = results.map((r) => [
    r.path,
    ...categories.map((id) => String(r.scores[id])),
    String(r.lcpMs),
    String(r.tbtMs),
    String(r.cls),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  for (const row of [header, ...rows]) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '));
  }

  const failures = results.flatMap((r) => [
    ...categories.filter((id) => r.scores[id] !== 100).map((id) => `${r.path}: ${id} ${r.scores[id]}`),
    ...(r.lcpMs > maxLcpMs ? [`${r.path}: LCP ${r.lcpMs} ms, over ${maxLcpMs} ms (element: ${r.lcpElement})`] : []),
    // What cost the points, in a category below 100 (a category at 100 may have lost a fraction).
    ...r.misses
      .filter((miss) => r.scores[miss.category] !== 100)
      .map((miss) => `${r.path}:   ${miss.category} lost points on ${miss.audit} ${miss.value}`.trimEnd()),
  ]);
  const load = `load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after, ${os.availableParallelism()} CPUs`;
  console.log(`Lighthouse ${results[0]?.lighthouse}, ${runs} run(s) a page (median), ${load}.`);
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(
    resultsFile,
    `${JSON.stringify({ measured: new Date().toISOString(), machine: load, maxLcpMs, pages: results }, null, 2)}\n`,
  );
  console.log(`Results: ${path.relative(projectRoot, resultsFile)}`);
  if (failures.length > 0) {
    console.error(`Below the target (100 in every category, LCP at most ${maxLcpMs} ms):\n${failures.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`Every page: 100 in all four categories, LCP at most ${maxLcpMs} ms.`);
  }
} finally {
  await server.close();
  cleanUp();
}
