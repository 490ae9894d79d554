/* The whole report as a BibTeX entry, in the language version of the page: /cite/report.bib, /en/cite/report.bib. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedWork } from '../../../queries/citation.ts';
import { getReport } from '../../../queries/publication.ts';
import { localePaths } from '../../../i18n/paths.ts';
import { citeBibtex } from '../../../lib/cite/cite-bibtex.ts';
import { citationKey } from '../../../lib/cite/citation-key.ts';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

// The locale, site and base are the page context (src/middleware.ts), as on every page.
export const GET: APIRoute = async ({ locals: { locale, site, base } }) => {
  const work = await citedWork({ locale, slug: '', site, base });
  return new Response(citeBibtex(work, citationKey((await getReport()).citationKey, locale)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
