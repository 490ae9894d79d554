/*
 * What a figure's own page shows besides the figure: the sentence of its section that states it,
 * the chart it appears in, and the other figures of its section. Read once per build.
 */
import { render } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { ownSectionContexts, type FigureContext } from '../lib/content/own-section-contexts.ts';
import type { StatContext } from '../lib/content/stat-contexts.ts';
import { getCharts } from './charts.ts';
import { getFiguresById, getSectionPairs } from './publication.ts';

const contexts = new Map<Locale, Promise<Map<string, FigureContext>>>();

/** Figure id → where its own section first states it, in one language. */
export function getFigureContexts(locale: Locale): Promise<Map<string, FigureContext>> {
  let found = contexts.get(locale);
  if (found === undefined) {
    found = getSectionPairs().then(async (pairs) => {
      const figures = await getFiguresById();
      const sections: { slug: string; contexts: StatContext[] }[] = [];
      for (const pair of pairs) {
        const { remarkPluginFrontmatter } = await render(pair.byLocale[locale]);
        sections.push({ slug: pair.slug, contexts: (remarkPluginFrontmatter['statContexts'] ?? []) as StatContext[] });
      }
      return ownSectionContexts(sections, (figureId) => figures.get(figureId)?.section);
    });
    contexts.set(locale, found);
  }
  return found;
}

let chartsByFigure: Promise<Map<string, string>> | undefined;

/** Figure id → the first chart that plots it. */
export function getChartOfFigure(): Promise<Map<string, string>> {
  chartsByFigure ??= getCharts().then((charts) => {
    const byFigure = new Map<string, string>();
    for (const [chartId, { chart }] of [...charts].sort(([a], [b]) => a.localeCompare(b))) {
      for (const { figure } of chart.figures) if (!byFigure.has(figure)) byFigure.set(figure, chartId);
    }
    return byFigure;
  });
  return chartsByFigure;
}
