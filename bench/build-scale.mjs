// @ts-check
/*
 * Build scale: synthetic reports of 50, 200 and 500 sections per language, built with the real
 * code (REPORT_CONTENT_DIR) and, for comparison, as bare Astro MDX (bare-astro.mjs). Prints
 * seconds, milliseconds per page, peak memory and the ratio ours / bare, so growth with size and
 * the cost of our pipeline are visible. Each build runs BENCH_RUNS times (default 2), alternating
 * ours and bare, and the fastest run counts: other work on the machine only ever adds time.
 * Sizes can be given as arguments: `node bench/build-scale.mjs 50 200`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBareAstroProject } from './bare-astro.mjs';
import { measureBuild } from './measure-build.mjs';
import { writeSyntheticReport } from './synthetic-report.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const sectionCounts = sizes.length > 0 ? sizes : [50, 200, 500];
const runs = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 2));

/**
 * The fastest of `runs` builds, with the highest peak memory seen.
 * @param {() => Promise<{ seconds: number, cpuSeconds: number, pages: number, peakMb: number }>} build
 */
async function best(build) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await build());
  const fastest = results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return {
    ...fastest,
    cpuSeconds: Math.min(...results.map((result) => result.cpuSeconds)),
    peakMb: Math.max(...results.map((result) => result.peakMb)),
  };
}
// Inside the project: Astro copies its .astro/ folder into an outDir outside the working directory
// (see tests/helpers/astro-build.ts). The bare project builds inside its own folder.
fs.mkdirSync(path.join(projectRoot, 'bench/.work'), { recursive: true });
const work = fs.mkdtempSync(path.join(projectRoot, 'bench/.work/scale-'));
const bareWork = fs.mkdtempSync(path.join(os.tmpdir(), 'bare-astro-'));

/** @param {number} value @param {number} digits */
const fixed = (value, digits) => value.toFixed(digits).padStart(8);

console.log(`Build scale (${os.cpus().length} CPUs, Node ${process.version}, best of ${runs} runs); work folder ${work}`);
console.log('sections/lang  build   pages  seconds  ms/page    cpu s  peak MB  ours/bare (wall, cpu)');
/** @type {{ count: number, ours: number, bare: number }[]} */
const rows = [];
try {
  for (const count of sectionCounts) {
    const contentDir = path.join(work, `content-${count}`);
    const { withCharts } = writeSyntheticReport({ dir: contentDir, count, projectRoot });
    if (!withCharts && count === sectionCounts[0]) console.log('  (no charts collection yet: synthetic sections have no <Chart>)');
    const bareDir = path.join(bareWork, `bare-${count}`);
    writeBareAstroProject({ dir: bareDir, sectionsDir: path.join(contentDir, 'sections'), projectRoot });
    // A fresh content cache for every run of ours, as the bare project's dist/.astro is rebuilt too.
    let run = 0;
    const ours = await best(() =>
      measureBuild({
        cwd: projectRoot,
        outDir: path.join(work, `ours-${count}`),
        env: { REPORT_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(work, `ours-${count}-cache-${run++}`) },
      }),
    );
    const bare = await best(() => {
      fs.rmSync(path.join(bareDir, '.cache'), { recursive: true, force: true });
      return measureBuild({ cwd: bareDir, outDir: path.join(bareDir, 'dist') });
    });
    const ratio = `${fixed(ours.seconds / bare.seconds, 2)}${fixed(ours.cpuSeconds / bare.cpuSeconds, 2)}`;
    for (const [name, result] of /** @type {const} */ ([
      ['ours', ours],
      ['bare', bare],
    ])) {
      console.log(
        `${String(count).padStart(14)}  ${name.padEnd(5)} ${String(result.pages).padStart(6)} ${fixed(result.seconds, 1)} ${fixed((result.seconds * 1000) / result.pages, 1)} ${fixed(result.cpuSeconds, 1)} ${fixed(result.peakMb, 0)}${name === 'ours' ? ratio : ''}`,
      );
    }
    rows.push({ count, ours: ours.seconds / ours.pages, bare: bare.seconds / bare.pages });
    // The outputs of a size are not needed once measured; 500 sections write thousands of files.
    for (const name of fs.readdirSync(work).filter((name) => name.startsWith(`ours-${count}`)))
      fs.rmSync(path.join(work, name), { recursive: true, force: true });
    fs.rmSync(bareDir, { recursive: true, force: true });
  }
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last && last !== first) {
    console.log(
      `Growth from ${first.count} to ${last.count} sections per language: ms/page ×${(last.ours / first.ours).toFixed(2)} (ours), ×${(last.bare / first.bare).toFixed(2)} (bare); at most ×1 is linear or better.`,
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(bareWork, { recursive: true, force: true });
}
