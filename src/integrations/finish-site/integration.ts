import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readerProblems } from '../../lib/site-checks/reader-problems.ts';
import { precompressSite } from './precompress-site.ts';
import { writeSearchIndex } from './search-index.ts';

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

/**
 * What `astro build` does after the pages are written (the last integration, so that every other
 * file is there), in this order: the search index (Pagefind's Node API, as Starlight builds its
 * own); the checks of the built site that protect readers (links, which may point into the index,
 * language marking, punctuation: src/lib/site-checks/reader-problems.ts), which stop the build
 * with every problem, so that a host that only builds never publishes them; then the precompressed
 * copies of the text files, the index's included. `site` and `base` are the build's own, for the
 * link check.
 */
export function finishSite({ site, base }: { site: string; base: string }): AstroIntegration {
  return {
    name: 'report-finish-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);

        const { indexed, pages } = await writeSearchIndex(siteDir);
        logger.info(`Search index: ${indexed} of ${pages} pages, in pagefind/.`);

        const problems = readerProblems(siteDir, { site, base });
        if (problems.length > 0) {
          // Listed by the logger, not in the error: Astro adds a hint of its own to an error whose
          // text mentions "window" or "document", and these lines quote the pages.
          logger.error(
            `The built site has ${problems.length} problem(s) that readers would meet; fix them in content/:\n${problems.join('\n')}`,
          );
          throw new Error(`The build stopped: the built site has ${problems.length} problem(s) that readers would meet (listed above).`);
        }
        logger.info('Checked every page: links, anchors, language marking and punctuation.');

        const totals = await precompressSite(siteDir);
        logger.info(`Precompressed ${totals.files} text files (${kb(totals.bytes)}): Brotli ${kb(totals.br)}, gzip ${kb(totals.gz)}.`);
      },
    },
  };
}
