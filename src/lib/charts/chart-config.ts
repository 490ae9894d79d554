import type { Locale } from '../../i18n/locales.ts';
import type { ChartView } from './chart-view.ts';
import { partsToText } from './fill-figure-text.ts';

/**
 * What the browser needs to draw one chart, serialised into the figure's `data-chart` attribute.
 * The page already shows the same rows as a table; this is the canvas's copy of them.
 */
export interface ChartConfig {
  /** The chart's id: the name of its PNG download. */
  id: string;
  locale: Locale;
  type: ChartView['type'];
  /** The canvas's accessible name. */
  label: string;
  valueAxis: string;
  categoryAxis: string | undefined;
  labels: string[];
  values: number[];
  /** Tooltip texts: the values as the prose writes them, qualifier and unit included. */
  texts: string[];
  /** The values written on the bars, qualifier included. */
  barLabels: string[];
  /** The text of the "Download image (PNG)" button, in the page's language. */
  pngLabel: string;
}

export function toChartConfig(view: ChartView, locale: Locale, pngLabel: string): ChartConfig {
  return {
    id: view.id,
    locale,
    type: view.type,
    label: `${view.title}${locale === 'zh' ? '。' : '. '}${partsToText(view.description)}`,
    valueAxis: view.valueAxis ?? '',
    categoryAxis: view.categoryAxis,
    labels: view.rows.map((row) => row.label),
    values: view.rows.map((row) => row.value),
    texts: view.rows.map((row) => row.text),
    barLabels: view.rows.map((row) => row.barLabel),
    pngLabel,
  };
}
