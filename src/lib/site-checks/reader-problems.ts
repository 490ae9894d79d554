import fs from 'node:fs';
import path from 'node:path';
import { filesUnder, servedPath } from '../hosting/site-files.ts';
import { brokenLinks } from './broken-links.ts';
import { formatLanguageRun, unmarkedLanguageRuns } from './language-marking.ts';
import { formatPunctuationSlip, punctuationSlips } from './punctuation.ts';

/*
 * The checks of the built site that protect readers: a link or anchor that leads nowhere, a
 * language run without its `lang` (a screen reader reads Chinese with an English voice), half-width
 * punctuation beside Chinese or a straight apostrophe in English. They ran only in `npm test`;
 * hosts that only build published such pages. `astro build` now runs them after the search index
 * is written (src/integrations/finish-site/), so they stop every build.
 */

/** Every problem of a built site, one line each: each page's language and punctuation slips, then every broken link. */
export function readerProblems(siteDir: string, { site, base = '/' }: { site: string; base?: string }): string[] {
  const pages = filesUnder(siteDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  const perPage = pages.flatMap((file) => {
    const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
    // Named as readers reach it: /en/alpha/, not /en/alpha/index.html.
    const page = servedPath(file);
    return [
      ...unmarkedLanguageRuns(html).map((run) => formatLanguageRun(page, run)),
      ...punctuationSlips(html).map((slip) => formatPunctuationSlip(page, slip)),
    ];
  });
  return [...perPage, ...brokenLinks(siteDir, { site, base })];
}
