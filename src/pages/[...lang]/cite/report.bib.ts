/* The whole report as a BibTeX entry, in the language version of the page: /cite/report.bib, /en/cite/report.bib. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { citedWork } from '../../../queries/citation.ts';
import { getReport } from '../../../queries/publication.ts';
import { langParam } from '../../../i18n/paths.ts';
import { locales } from '../../../i18n/locales.ts';
import { citeBibtex } from '../../../lib/cite/cite-bibtex.ts';
import { citationKey } from '../../../lib/cite/citation-key.ts';

export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  const work = await citedWork({ locale: props.locale, slug: '', site: site as URL, base: import.meta.env.BASE_URL });
  return new Response(citeBibtex(work, citationKey((await getReport()).citationKey, props.locale)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
