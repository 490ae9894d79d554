/* The whole report as a CSL-JSON list of one item, in the language version of the page: /cite/report.json, /en/cite/report.json. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { citedWork } from '../../../queries/citation.ts';
import { getReport } from '../../../queries/publication.ts';
import { langParam } from '../../../i18n/paths.ts';
import { locales } from '../../../i18n/locales.ts';
import { citeCslJson } from '../../../lib/cite/cite-csl-json.ts';
import { citationKey } from '../../../lib/cite/citation-key.ts';

export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  const work = await citedWork({ locale: props.locale, slug: '', site: site as URL, base: import.meta.env.BASE_URL });
  return new Response(`${JSON.stringify([citeCslJson(work, citationKey((await getReport()).citationKey, props.locale))], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
