import type { Locale } from '../../i18n/locales.ts';
import type { ChartView } from './chart-view.ts';

/** What Chart.js needs to draw one chart in one language (src/lib/charts/chart-options.ts). */
export interface ChartConfig {
  id: string;
  locale: Locale;
  type: ChartView['type'];
  valueAxis: string;
  categoryAxis: string | undefined;
  labels: string[];
  values: number[];
  /** The values written on the bars, qualifier included. */
  barLabels: string[];
}

export function toChartConfig(view: ChartView, locale: Locale): ChartConfig {
  return {
    id: view.id,
    locale,
    type: view.type,
    valueAxis: view.valueAxis ?? '',
    categoryAxis: view.categoryAxis,
    labels: view.rows.map((row) => row.label),
    values: view.rows.map((row) => row.value),
    barLabels: view.rows.map((row) => row.barLabel),
  };
}
