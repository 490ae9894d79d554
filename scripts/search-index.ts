/*
 * The site search's index, after `astro build`: Pagefind's Node API over the built pages, each one
 * first passed through separateAdjacentElements (src/lib/search/search-text.ts) so that words of
 * neighbouring elements stay apart, with the page chrome of searchExcludeSelectors left out. Only
 * pages whose <main> is marked data-pagefind-body are indexed (BaseLayout's `searchable`).
 * Pagefind picks each page's language from <html lang> and writes one index per language to
 * <site>/pagefind/; Chinese is segmented by the extended binary the npm package ships.
 *
 *   node --experimental-strip-types scripts/search-index.ts dist
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchExcludeSelectors, separateAdjacentElements } from '../src/lib/search/search-text.ts';

const siteDir = process.argv[2];
if (siteDir === undefined || !fs.statSync(siteDir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('Usage: node --experimental-strip-types scripts/search-index.ts <built site folder>');
  process.exit(2);
}

const { index, errors } = await pagefind.createIndex({ excludeSelectors: searchExcludeSelectors });
if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const pages = fs
  .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
  .sort();
let indexed = 0;
for (const file of pages) {
  const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const added = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content: separateAdjacentElements(html) });
  if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
  indexed += 1;
}
const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${indexed} of ${pages.length} pages, in ${path.join(siteDir, 'pagefind')}.`);
