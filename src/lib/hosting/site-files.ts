import fs from 'node:fs';
import path from 'node:path';
import { copyFormats } from './precompress.ts';

/**
 * Every file under `dir`, as paths relative to it with forward slashes (`en/talent/index.html`),
 * sorted, so that tests read the same list in the same order on every system.
 */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * A precompressed copy that `npm run build` writes beside a text file (`index.html.br`,
 * `index.html.gz`): a host sends it in place of that file, at the file's URL, with its headers.
 */
export function isCompressedCopy(file: string): boolean {
  return copyFormats.some(({ suffix }) => file.endsWith(suffix));
}

/** The URL path a host serves a built file at: a folder's index.html at the folder (`en/talent/index.html` → `/en/talent/`). */
export function servedPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The HTML pages of a built site by the URL path they are served at, Pagefind's own files apart. */
export function pagePaths(siteDir: string): string[] {
  return filesUnder(siteDir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map(servedPath);
}
