// @ts-check
/*
 * Preview images: the time to draw the report's figure cards (both languages) with satori and
 * resvg, the way the build does (src/integrations/preview-images/render-pool.ts), with one worker and
 * with one worker per core, into an empty cache; then again with everything cached.
 * `node bench/preview-images.mjs 8` draws only the first 8 cards. Needs Node 22.18 or newer,
 * which runs the TypeScript sources directly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadFontFaces, localeFontDirs } from '../src/integrations/preview-images/font-files.ts';
import { renderImages } from '../src/integrations/preview-images/render-pool.ts';
import { readFigureFiles } from '../src/lib/content/read-figure-files.ts';
import { figureHeading } from '../src/lib/format/figure-title.ts';
import { formatFigure } from '../src/lib/format/format-figure.ts';
import { previewJob } from '../src/lib/og/preview-job.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const modules = path.join(projectRoot, 'node_modules');
const limit = Number(process.argv[2] ?? Infinity);
const report = /** @type {{ report: { title: { zh: string, en: string } } }} */ (
  yaml.load(fs.readFileSync(path.join(projectRoot, 'content/report.yaml'), 'utf8'))
).report;
const faces = loadFontFaces(localeFontDirs(modules));
const figures = readFigureFiles(path.join(projectRoot, 'content/figures')).map((record) => /** @type {any} */ (record.data));
const jobs = /** @type {const} */ (['zh', 'en'])
  .flatMap((locale) =>
    figures.map((figure) => {
      const card = {
        site: report.title[locale],
        kicker: figure.section,
        title: figureHeading(figure, locale),
        value: formatFigure(figure, locale),
      };
      return previewJob(card, faces[locale], `${locale}:${figure.id}`);
    }),
  )
  .slice(0, limit);

fs.mkdirSync(path.join(projectRoot, 'bench/.work'), { recursive: true });
const workerFile = path.join(projectRoot, 'src/integrations/preview-images/render-worker.mjs');
const cores = os.availableParallelism();
/** @param {string} label @param {number} workers @param {string} cacheDir */
async function run(label, workers, cacheDir) {
  const { stats } = await renderImages(jobs, { workerFile, cacheDir, salt: 'bench', workers });
  const perImage = stats.milliseconds / jobs.length;
  console.log(
    `| ${label} | ${workers} | ${jobs.length} | ${stats.rendered} | ${Math.round(stats.milliseconds)} | ${perImage.toFixed(1)} |`,
  );
}

console.log(`Preview images (${cores} cores)\n`);
console.log('| run | workers | images | drawn | ms | ms per image |');
console.log('| --- | --- | --- | --- | --- | --- |');
const fresh = () => fs.mkdtempSync(path.join(projectRoot, 'bench/.work/images-'));
const single = fresh();
const parallel = fresh();
try {
  await run('empty cache, one worker', 1, single);
  await run('empty cache, one worker per core', cores, parallel);
  await run('everything cached', cores, parallel);
} finally {
  fs.rmSync(single, { recursive: true, force: true });
  fs.rmSync(parallel, { recursive: true, force: true });
}
