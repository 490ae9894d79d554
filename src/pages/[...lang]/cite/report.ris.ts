/* The whole report as a RIS record, in the language version of the page: /cite/report.ris, /en/cite/report.ris. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedWork } from '../../../queries/citation.ts';
import { localePaths } from '../../../i18n/paths.ts';
import { citeRis } from '../../../lib/cite/cite-ris.ts';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

// The locale, site and base are the page context (src/middleware.ts), as on every page.
export const GET: APIRoute = async ({ locals: { locale, site, base } }) => {
  const work = await citedWork({ locale, slug: '', site, base });
  return new Response(citeRis(work), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
