/*
 * The PNG download of each plotted chart in each language, /data/charts/<id>.<zh|en>.png: the chart
 * at twice its wide size, with its number, title and period above it and its source and address
 * below, so that it carries its attribution wherever it is posted.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale } from '../../../i18n/locales.ts';
import { locales } from '../../../i18n/publication-locales.ts';
import { typography } from '../../../i18n/conventions.ts';
import { pagePath } from '../../../i18n/paths.ts';
import { useTranslations } from '../../../i18n/ui.ts';
import { chartPng } from '../../../integrations/chart-images/chart-images.ts';
import { toChartConfig } from '../../../lib/charts/chart-config.ts';
import { getChartBlock, getCharts } from '../../../queries/charts.ts';

export const getStaticPaths = (async () =>
  [...(await getCharts())]
    .filter(([, { chart }]) => chart.type !== 'table')
    .flatMap(([id]) =>
      locales.map((locale) => ({ params: { image: `${id}.${locale}` }, props: { id, locale } })),
    )) satisfies GetStaticPaths;

// The image's locale is in its file name (a prop), not in its address's language prefix, as on a page.
export const GET: APIRoute<{ id: string; locale: Locale }> = async ({ props, locals: { site, base } }) => {
  const { id, locale } = props;
  const t = useTranslations(locale);
  const { semicolon, numberTitleSeparator, colon } = typography(locale);
  const { view, number, anchor, publishers } = await getChartBlock(id, locale, `/data/charts/${id}.${locale}.png`);
  const section = (await getCharts()).get(id)?.chart.section ?? '';
  const periods = [...new Set(view.rows.map((row) => row.period))].join(semicolon);
  const png = chartPng(toChartConfig(view, locale), {
    heading: `${t('chart.number', { number: String(number) })}${numberTitleSeparator}${view.title}`,
    period: `${t('data.period')}${colon}${periods}`,
    source: t('chart.source', { source: publishers }),
    url: new URL(`${pagePath(locale, section, base)}#${anchor}`, site).href,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
