import { type Locale } from '../../i18n/locales.ts';
import { locales } from '../../i18n/publication-locales.ts';
import type { Chart } from '../../schemas/chart.ts';
import type { Figure } from '../../schemas/figure.ts';
import { countedThings } from '../format/counted-word.ts';
import { formatFigure, formatPeriod } from '../format/format-figure.ts';
import { formatComparisonProblem, unmarkedComparisons } from '../content/comparison-words.ts';
import { barLabel } from './bar-label.ts';
import { fillFigureParts, fillFigureText, partsToText, quotedFigureIds, type TextPart } from './fill-figure-text.ts';

/** One bar: the figure it shows and its texts in one language. */
export interface ChartRow {
  figureId: string;
  label: string;
  /** The label as the table shows it, with any quoted figure marked up. */
  labelParts: TextPart[];
  value: number;
  /** The value as the prose writes it ("超过50%", "more than 50%"). */
  text: string;
  /** The value written on the bar ("超过50%", "more than 7,000"): see barLabel. */
  barLabel: string;
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
  /** The value axis's unit; a table has none. */
  valueAxis: string | undefined;
  categoryAxis: string | undefined;
  rows: ChartRow[];
}

/** A unit as editors write it, for messages: `items`, or `个 / administrative villages` (its word in each locale). */
function unitName(unit: Figure['unit']): string {
  return typeof unit === 'object' ? locales.map((locale) => countedThings(unit, locale)).join(' / ') : unit;
}

/** Every text of a chart a reader sees, with the field it comes from. */
function chartTexts(chart: Chart): [string, string][] {
  const localized = (field: string, text: Chart['title'] | undefined): [string, string][] =>
    text === undefined ? [] : locales.map((locale) => [`${field}.${locale}`, text[locale]]);
  return [
    ...localized('title', chart.title),
    ...localized('caption', chart.caption),
    ...localized('description', chart.description),
    ...chart.figures.flatMap(({ label }, index) => localized(`figures[${index}].label`, label)),
  ];
}

/**
 * What is wrong with a chart, against the data and the editorial rules, each line naming the
 * chart's file: every figure exists, belongs to the chart's section and is listed once; a plotted
 * chart (not a table) has a value axis and one unit on it, because banks of lockers and service
 * stations, or flats and visits, are not one quantity; every figure a text quotes exists; and no
 * text makes a comparison the source does not make. Empty when nothing is wrong.
 */
export function chartProblems(chart: Chart, figures: ReadonlyMap<string, Figure>, file: string): string[] {
  const problems: string[] = [];
  const plotted: (readonly [string, Figure])[] = [];
  chart.figures.forEach(({ figure: id }, index) => {
    const figure = figures.get(id);
    if (figure === undefined) {
      problems.push(`${file}: the chart plots figure "${id}", but no figure has this id.`);
      return;
    }
    // A figure's own page shows "the chart it appears in": a figure of another section would get
    // this chart on its page, and a figure listed twice would be two bars of one number.
    if (figure.section !== chart.section) {
      problems.push(
        `${file}: the chart plots figure "${id}" of section "${figure.section}", but the chart is in section "${chart.section}". A chart plots figures of its own section: list figures of "${chart.section}" only, or move the chart.`,
      );
    }
    const first = chart.figures.findIndex((entry) => entry.figure === id);
    if (first !== index) {
      problems.push(
        `${file}: the chart lists figure "${id}" twice (figures[${first}] and figures[${index}]). Each figure is one bar: list it once.`,
      );
      return;
    }
    plotted.push([id, figure]);
  });
  if (chart.type !== 'table') {
    if (chart.valueAxis === undefined) {
      problems.push(`${file}: a chart of type ${chart.type} needs a valueAxis { zh, en } naming its unit; only a table has none.`);
    }
    const units = [...new Set(plotted.map(([, figure]) => unitName(figure.unit)))];
    if (units.length > 1) {
      const byUnit = units.map(
        (unit) =>
          `${unit} (${plotted
            .filter(([, figure]) => unitName(figure.unit) === unit)
            .map(([id]) => id)
            .join(', ')})`,
      );
      problems.push(
        `${file}: the chart plots figures in ${units.length} units: ${byUnit.join('; ')}. A value axis carries one unit: plot figures of one unit, or show them as a table (type: table).`,
      );
    }
  }
  for (const [field, text] of chartTexts(chart)) {
    for (const id of quotedFigureIds(text)) {
      if (!figures.has(id)) problems.push(`${file}: ${field}: the text names figure {${id}}, but no figure has this id.`);
    }
    const [words] = unmarkedComparisons(text);
    if (words !== undefined) problems.push(formatComparisonProblem(`${file}: ${field}`, words));
  }
  return problems;
}

/** Throws every problem of chartProblems at once. */
export function checkChart(chart: Chart, figures: ReadonlyMap<string, Figure>, file: string): void {
  const problems = chartProblems(chart, figures, file);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

export function buildChartView(id: string, chart: Chart, figures: ReadonlyMap<string, Figure>, locale: Locale, file: string): ChartView {
  checkChart(chart, figures, file);
  const fill = (text: string) => fillFigureText(text, locale, figures, file);
  return {
    id,
    type: chart.type,
    title: fill(chart.title[locale]),
    caption: fillFigureParts(chart.caption[locale], locale, figures, file),
    // The description is a sentence: small counts in words, as in the prose.
    description: fillFigureParts(chart.description[locale], locale, figures, file, { context: 'prose' }),
    valueAxis: chart.valueAxis && fill(chart.valueAxis[locale]),
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
        barLabel: barLabel(figure, locale),
        period: formatPeriod(figure.period, locale),
      };
    }),
  };
}
