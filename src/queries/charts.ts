/*
 * Charts: definitions from content/charts/*.yaml, each checked against the figures with the rest
 * of the content (checked-report.ts, so an unused chart with a typo fails too), and numbered in
 * reading order through the report ("图 3" is the third chart in every language).
 */
import type { Locale } from '../i18n/locales.ts';
import { typography } from '../i18n/conventions.ts';
import { filePath } from '../i18n/paths.ts';
import type { ChartView } from '../lib/charts/chart-view.ts';
import { chartFile, checkedReport, type CheckedChart } from './checked-report.ts';
import { getFiguresById, getSource } from './publication.ts';

/** Everything one chart block (an HTML <figure>) shows, in one language. */
export interface ChartBlock {
  view: ChartView;
  number: number;
  /** The figure's stable id on its page: `chart-<id>`. */
  anchor: string;
  csvPath: string;
  /** The PNG download of a plotted chart, in this language. */
  pngPath: string;
  /** The publishers of the plotted figures' sources, for the block's "Source:" line. */
  publishers: string;
}

export const chartCsvName = (id: string) => `data/charts/${id}.csv`;
export const chartPngName = (id: string, locale: Locale) => `data/charts/${id}.${locale}.png`;

export async function getCharts(): Promise<ReadonlyMap<string, CheckedChart>> {
  return (await checkedReport()).charts;
}

let chartSections: Promise<ReadonlyMap<string, string>> | undefined;

/** Chart id → the section it belongs to, once per build. */
export function getChartSections(): Promise<ReadonlyMap<string, string>> {
  chartSections ??= getCharts().then((checked) => new Map([...checked].map(([id, { chart }]) => [id, chart.section])));
  return chartSections;
}

/** Numbered from the source language's sections, which every translation matches chart for chart. */
export async function getChartNumbers(): Promise<ReadonlyMap<string, number>> {
  return (await checkedReport()).chartNumbers;
}

export async function getChartBlock(id: string, locale: Locale, usedBy: string): Promise<ChartBlock> {
  const checked = (await getCharts()).get(id);
  if (checked === undefined) throw new Error(`${usedBy} names chart "${id}", but there is no ${chartFile(id)}.`);
  const figures = await getFiguresById();
  const sourceIds = [...new Set(checked.chart.figures.map(({ figure }) => figures.get(figure)?.source ?? ''))];
  const sources = await Promise.all(sourceIds.map((sourceId) => getSource(sourceId, chartFile(id))));
  const number = (await getChartNumbers()).get(id);
  if (number === undefined) {
    throw new Error(
      `${usedBy} shows chart "${id}", but no section shows it as a <Chart id="${id}" /> element, so it has no number. Write the element in the text of its section, not inside a {...} expression.`,
    );
  }
  return {
    view: checked.views[locale],
    number,
    anchor: `chart-${id}`,
    csvPath: filePath(chartCsvName(id), import.meta.env.BASE_URL),
    pngPath: filePath(chartPngName(id, locale), import.meta.env.BASE_URL),
    publishers: [...new Set(sources.map((source) => source.publisher[locale]))].join(typography(locale).listSeparator),
  };
}
