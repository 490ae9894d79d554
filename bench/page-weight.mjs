// @ts-check
/*
 * Page weight: a fresh build of the real report, then for every page the gzip-compressed bytes of
 * its HTML (and, of those, of its inline <style>, compressed alone), of the stylesheets it links and
 * of the JavaScript it can load: its module scripts and
 * every chunk they import, statically or with import(), followed recursively. A chunk shared by
 * several pages counts on each page (a reader arriving there downloads it), once in the totals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { measureBuild } from './measure-build.mjs';
import { siteFiles } from './page-scripts.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
// Inside the project: see tests/helpers/astro-build.ts on outDirs outside the working directory.
fs.mkdirSync(path.join(projectRoot, 'bench/.work'), { recursive: true });
const work = fs.mkdtempSync(path.join(projectRoot, 'bench/.work/weight-'));
const siteDir = path.join(work, 'dist');
const base = process.env['BASE_PATH'] ?? '/';

/** @type {Map<string, number>} */
const gzipCache = new Map();
/** @param {string} file */
function gzipBytes(file) {
  let bytes = gzipCache.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, bytes);
  }
  return bytes;
}

const { fileOf, pageScripts } = siteFiles(siteDir, base);

try {
  const build = await measureBuild({ cwd: projectRoot, outDir: siteDir, env: { ASTRO_CACHE_DIR: path.join(work, 'cache') } });
  console.log(
    `Page weight of the real report (fresh build: ${build.pages} pages in ${build.seconds.toFixed(1)} s), bytes gzip-compressed (level 9):`,
  );
  const pages = fs
    .readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const distinct = { html: new Set(), css: new Set(), js: new Set() };
  console.log(
    `${'page'.padEnd(34)} ${'HTML'.padStart(8)} ${'(<style>)'.padStart(10)} ${'CSS'.padStart(8)} ${'JS'.padStart(8)} ${'total'.padStart(8)}`,
  );
  for (const file of pages) {
    const urlPath = `/${path.relative(siteDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const root = parse(fs.readFileSync(file, 'utf8'));
    const css = root
      .querySelectorAll('link[rel~="stylesheet"][href]')
      .map((link) => fileOf(link.getAttribute('href') ?? '', urlPath))
      .filter((css) => css !== undefined);
    const js = pageScripts(root, urlPath);
    const html = gzipBytes(file);
    const inlineCss = gzipSync(
      root
        .querySelectorAll('style')
        .map((style) => style.rawText)
        .join(''),
      { level: 9 },
    ).length;
    const cssBytes = css.reduce((sum, name) => sum + gzipBytes(name), 0);
    const jsBytes = [...js].reduce((sum, name) => sum + gzipBytes(name), 0);
    distinct.html.add(file);
    css.forEach((name) => distinct.css.add(name));
    js.forEach((name) => distinct.js.add(name));
    console.log(
      `${urlPath.padEnd(34)} ${String(html).padStart(8)} ${`(${inlineCss})`.padStart(10)} ${String(cssBytes).padStart(8)} ${String(jsBytes).padStart(8)} ${String(html + cssBytes + jsBytes).padStart(8)}`,
    );
  }
  const sum = (/** @type {Set<string>} */ files) => [...files].reduce((total, name) => total + gzipBytes(name), 0);
  const [html, css, js] = [sum(distinct.html), sum(distinct.css), sum(distinct.js)];
  console.log(
    `${`all ${pages.length} pages (each file once)`.padEnd(34)} ${String(html).padStart(8)} ${''.padStart(10)} ${String(css).padStart(8)} ${String(js).padStart(8)} ${String(html + css + js).padStart(8)}`,
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
