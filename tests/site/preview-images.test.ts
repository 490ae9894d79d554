import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadFontFaces, localeFontDirs } from '../../src/integrations/preview-images/font-files.ts';
import { renderImages } from '../../src/integrations/preview-images/render-pool.ts';
import { previewJob } from '../../src/lib/og/preview-job.ts';
import { workDir } from '../helpers/fixtures.ts';
import { pngSize } from '../helpers/png-size.ts';

/*
 * The preview-image renderer on its own (the built site's images are checked in discovery.test.ts):
 * the same card gives the same bytes, drawn or from the cache, and a cached card is not drawn again.
 */
const modules = path.resolve('node_modules');
const faces = loadFontFaces(localeFontDirs(modules));
const workerFile = path.resolve('src/integrations/preview-images/render-worker.mjs');
fs.mkdirSync(workDir, { recursive: true });
const caches = [fs.mkdtempSync(path.join(workDir, 'images-')), fs.mkdtempSync(path.join(workDir, 'images-'))];
afterAll(() => caches.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const jobs = [
  previewJob({ site: '2020年中国邮政快递业发展回顾', title: '2020年跨境寄递业务量', value: '21.2亿件' }, faces.zh, 'zh'),
  previewJob({ site: 'Postal report', title: 'Cross-border delivery volume, 2020', value: '2.12 billion items' }, faces.en, 'en'),
];

test('a 1200×630 PNG per card, embedding only the font subsets its characters need', async () => {
  const [first, second] = caches as [string, string];
  const drawn = await renderImages(jobs, { workerFile, cacheDir: first, salt: 'test' });
  expect(drawn.stats).toMatchObject({ rendered: 2, cached: 0 });
  for (const image of drawn.images) expect(pngSize(image)).toEqual({ width: 1200, height: 630 });
  // A handful of Chinese subsets out of about a hundred.
  expect(faces.zh.length).toBeGreaterThan(90);
  expect(jobs[0]?.fonts.length).toBeLessThan(20);
  expect(jobs[1]?.fonts.map((font) => font.name)).toEqual(['noto-sans-latin-700-normal']);

  const again = await renderImages(jobs, { workerFile, cacheDir: first, salt: 'test' });
  expect(again.stats).toMatchObject({ rendered: 0, cached: 2 });
  expect(again.images).toEqual(drawn.images);

  // Drawn afresh elsewhere, with one worker: the same bytes.
  const elsewhere = await renderImages(jobs, { workerFile, cacheDir: second, salt: 'test', workers: 1 });
  expect(elsewhere.stats.rendered).toBe(2);
  expect(elsewhere.images).toEqual(drawn.images);
});

test('a changed card or a new renderer version is drawn again', async () => {
  const [first] = caches as [string, string];
  const changed = previewJob(
    { site: 'Postal report', title: 'Cross-border delivery volume, 2020', value: '2.13 billion items' },
    faces.en,
    'en',
  );
  expect((await renderImages([changed], { workerFile, cacheDir: first, salt: 'test' })).stats.rendered).toBe(1);
  expect((await renderImages([jobs[0] ?? changed], { workerFile, cacheDir: first, salt: 'satori@next' })).stats.rendered).toBe(1);
});

test('a character no font holds stops the build, naming the page', () => {
  expect(() => previewJob({ site: 'R', title: '𓀀' }, faces.en, 'en:/figures/x')).toThrow(
    'The preview image of en:/figures/x needs characters no font subset holds: 𓀀',
  );
});
