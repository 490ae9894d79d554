/*
 * The list of figures (/figures/, /en/figures/): every numbered chart in order, and every statistic
 * grouped by the section it belongs to, in the order of the report.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Figure } from '../schemas/figure.ts';
import { getChartBlock, getChartNumbers, getChartSections } from './charts.ts';
import { getFiguresById, getSectionPairs } from './publication.ts';

export interface ListedChart {
  id: string;
  number: number;
  title: string;
  /** The chart's anchor on its section's page (`chart-<id>`). */
  anchor: string;
  section: { slug: string; title: string };
}

export interface ListedSection {
  slug: string;
  title: string;
  figures: { id: string; figure: Figure }[];
}

export async function getListedCharts(locale: Locale): Promise<ListedChart[]> {
  const numbers = await getChartNumbers();
  const sections = await getChartSections();
  const pairs = await getSectionPairs();
  const charts = await Promise.all(
    [...numbers].map(async ([id, number]) => {
      const block = await getChartBlock(id, locale, 'The list of figures');
      const slug = sections.get(id) ?? '';
      const title = pairs.find((pair) => pair.slug === slug)?.byLocale[locale].data.title ?? slug;
      return { id, number, title: block.view.title, anchor: block.anchor, section: { slug, title } };
    }),
  );
  return charts.sort((a, b) => a.number - b.number);
}

/** Every section that has figures, in the report's order, with its figures in the order of its figures file. */
export async function getFiguresBySection(locale: Locale): Promise<ListedSection[]> {
  const figures = [...(await getFiguresById())];
  return (await getSectionPairs())
    .map((pair) => ({
      slug: pair.slug,
      title: pair.byLocale[locale].data.title,
      figures: figures.filter(([, figure]) => figure.section === pair.slug).map(([id, figure]) => ({ id, figure })),
    }))
    .filter((section) => section.figures.length > 0);
}
