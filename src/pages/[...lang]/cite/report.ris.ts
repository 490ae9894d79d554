/* The whole report as a RIS record, in the language version of the page: /cite/report.ris, /en/cite/report.ris. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { citedWork } from '../../../queries/citation.ts';
import { langParam } from '../../../i18n/paths.ts';
import { locales } from '../../../i18n/locales.ts';
import { citeRis } from '../../../lib/cite/cite-ris.ts';

export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  const work = await citedWork({ locale: props.locale, slug: '', site: site as URL, base: import.meta.env.BASE_URL });
  return new Response(citeRis(work), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
