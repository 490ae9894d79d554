import type { Locale } from '../../i18n/locales.ts';
import type { Chart } from '../../schemas/chart.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure, formatPeriod } from '../format/format-figure.ts';
import { fillFigureParts, fillFigureText, partsToText, type TextPart } from './fill-figure-text.ts';

/** One bar, point or slice: the figure it shows and its texts in one language. */
export interface ChartRow {
  figureId: string;
  label: string;
  /** The label as the table shows it, with any quoted figure marked up. */
  labelParts: TextPart[];
  value: number;
  /** The value as the prose writes it ("超过50%", "more than 50%"). */
  text: string;
  period: string;
}

/** Everything the figure, its table and its canvas need, in one language. Plain data, no markup. */
export interface ChartView {
  id: string;
  type: Chart['type'];
  title: string;
  /** Caption and description may quote figures: the page renders those as <data> elements. */
  caption: TextPart[];
  description: TextPart[];
  valueAxis: string;
  categoryAxis: string | undefined;
  rows: ChartRow[];
}

function sameUnit(a: Figure['unit'], b: Figure['unit']): boolean {
  return typeof a === 'object' || typeof b === 'object' ? typeof a === typeof b : a === b;
}

/**
 * Checks a chart against the data: every figure exists, and all share a kind of unit (percent
 * beside yuan would be a chart with two scales and one axis). Throws with the chart's file.
 */
export function checkChart(chart: Chart, figures: ReadonlyMap<string, Figure>, file: string): void {
  const plotted = chart.figures.map(({ figure: id }) => {
    const figure = figures.get(id);
    if (figure === undefined) throw new Error(`${file}: the chart plots figure "${id}", but no figure has this id.`);
    return [id, figure] as const;
  });
  const [first] = plotted;
  for (const [id, figure] of plotted) {
    if (first !== undefined && !sameUnit(first[1].unit, figure.unit)) {
      throw new Error(
        `${file}: the chart plots "${first[0]}" and "${id}", which have different units; a chart shows one kind of quantity on one axis.`,
      );
    }
  }
}

export function buildChartView(id: string, chart: Chart, figures: ReadonlyMap<string, Figure>, locale: Locale, file: string): ChartView {
  checkChart(chart, figures, file);
  const fill = (text: string) => fillFigureText(text, locale, figures, file);
  return {
    id,
    type: chart.type,
    title: fill(chart.title[locale]),
    caption: fillFigureParts(chart.caption[locale], locale, figures, file),
    description: fillFigureParts(chart.description[locale], locale, figures, file),
    valueAxis: fill(chart.valueAxis[locale]),
    categoryAxis: chart.categoryAxis && fill(chart.categoryAxis[locale]),
    rows: chart.figures.map(({ figure: figureId, label }) => {
      const figure = figures.get(figureId) as Figure;
      const labelParts = fillFigureParts(label?.[locale] ?? figure.label[locale], locale, figures, file);
      return {
        figureId,
        label: partsToText(labelParts),
        labelParts,
        value: figure.value,
        text: formatFigure(figure, locale),
        period: formatPeriod(figure.period, locale),
      };
    }),
  };
}
