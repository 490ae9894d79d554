/*
 * What a figure's own page shows besides the figure: the sentence of its section that states it,
 * the chart it appears in, and the other figures of its section. Read once per build.
 */
import { render } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import type { StatContext } from '../lib/content/stat-contexts.ts';
import { getCharts } from './charts.ts';
import { getSectionPairs } from './publication.ts';

export interface FigureContext extends StatContext {
  /** The slug of the section that states the figure. */
  section: string;
}

const contexts = new Map<Locale, Promise<Map<string, FigureContext>>>();

/** Figure id → where its section first states it, in one language. */
export function getFigureContexts(locale: Locale): Promise<Map<string, FigureContext>> {
  let found = contexts.get(locale);
  if (found === undefined) {
    found = getSectionPairs().then(async (pairs) => {
      const byFigure = new Map<string, FigureContext>();
      for (const pair of pairs) {
        const { remarkPluginFrontmatter } = await render(pair.byLocale[locale]);
        for (const context of (remarkPluginFrontmatter['statContexts'] ?? []) as StatContext[]) {
          if (!byFigure.has(context.figureId)) byFigure.set(context.figureId, { ...context, section: pair.slug });
        }
      }
      return byFigure;
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
