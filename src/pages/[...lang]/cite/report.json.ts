/* The whole report as a CSL-JSON list of one item, in the language version of the page: /cite/report.json, /en/cite/report.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedWork } from '../../../queries/citation.ts';
import { getReport } from '../../../queries/publication.ts';
import { localePaths } from '../../../i18n/paths.ts';
import { citeCslJson } from '../../../lib/cite/cite-csl-json.ts';
import { citationKey } from '../../../lib/cite/citation-key.ts';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

// The locale, site and base are the page context (src/middleware.ts), as on every page.
export const GET: APIRoute = async ({ locals: { locale, site, base } }) => {
  const work = await citedWork({ locale, slug: '', site, base });
  return new Response(`${JSON.stringify([citeCslJson(work, citationKey((await getReport()).citationKey, locale))], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
