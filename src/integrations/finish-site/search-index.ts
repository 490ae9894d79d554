import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchExcludeSelectors, separateAdjacentElements } from '../../lib/search/search-text.ts';

/*
 * The site search's index: Pagefind's Node API over the built pages, each one first passed through
 * separateAdjacentElements (src/lib/search/search-text.ts) so that words of neighbouring elements
 * stay apart, with the page chrome of searchExcludeSelectors left out. Only pages whose <main> is
 * marked data-pagefind-body are indexed (BaseLayout's `searchable`). Pagefind picks each page's
 * language from <html lang> and writes one index per language to <site>/pagefind/; Chinese is
 * segmented by the extended binary the npm package ships.
 */

/** Writes the index into `<siteDir>/pagefind/`; returns how many of the site's pages it holds. */
export async function writeSearchIndex(siteDir: string): Promise<{ indexed: number; pages: number }> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: searchExcludeSelectors });
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
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
    return { indexed, pages: pages.length };
  } finally {
    await pagefind.close();
  }
}
