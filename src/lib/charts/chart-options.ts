/*
 * The Chart.js configuration of a report chart: one module for every place a chart is drawn (the
 * page's SVG and the PNG download, both at build time), so that they look alike. No DOM: the text
 * measure and the font are given by the caller.
 */
import type { ChartConfiguration, Plugin, Scale } from 'chart.js';
import type { ChartConfig } from './chart-config.ts';
import { axisTickLabels } from './axis-ticks.ts';
import { wrapLabel } from './wrap-label.ts';

/** The colours a chart is drawn in, #rrggbb: the palette of the page's scheme (see chart-palette.ts). */
export interface ChartColours {
  bar: string;
  text: string;
  grid: string;
}

/** Measures text in a CSS font (`600 13px <family>`): its width in CSS pixels. */
export type MeasureText = (font: string) => (text: string) => number;

/** Chart.js's tick font size, which the category labels are drawn in. */
export const tickFontSize = 12;
/** The bars' value labels. */
export const valueLabelFont = (family: string) => `600 13px ${family}`;

/**
 * Writes each bar's value (qualifier included) at the end of the bar, so that a reader needs no
 * tooltip to read a number. The value scale keeps room for the labels (`grace`).
 */
function valueLabels(config: ChartConfig, colour: string, family: string): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = config.type === 'horizontal-bar';
      ctx.save();
      ctx.fillStyle = colour;
      ctx.font = valueLabelFont(family);
      ctx.textAlign = horizontal ? 'left' : 'center';
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      chart.getDatasetMeta(0).data.forEach((bar, index) => {
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        const text = config.barLabels[index] ?? '';
        if (horizontal) ctx.fillText(text, x + 6, y);
        else ctx.fillText(text, x, y - 4);
      });
      ctx.restore();
    },
  };
}

export interface ChartOptionsInput {
  config: ChartConfig;
  colours: ChartColours;
  /** The width the chart is drawn in: under vertical bars, each category's label is wrapped into lines that fit its share of it. */
  width: number;
  /** The CSS font family the chart's text is measured and drawn in. */
  family: string;
  measure: MeasureText;
}

/** A bar chart (vertical or horizontal) as Chart.js draws it: not animated, not responsive, its size fixed by the canvas. */
export function chartConfiguration({ config, colours, width, family, measure }: ChartOptionsInput): ChartConfiguration<'bar'> {
  const horizontal = config.type === 'horizontal-bar';
  // Every label of the value axis is written the same way, decided once from all of its ticks
  // (src/lib/charts/axis-ticks.ts), after Chart.js has made them and before it measures them.
  const labelTicks = (axis: Scale) => {
    const values = axis.ticks.map((tick) => tick.value);
    const labels = axisTickLabels(values, config.locale);
    axis.ticks.forEach((tick, index) => (tick.label = labels[index] ?? String(tick.value)));
  };
  const axisTitle = (text: string | undefined) => ({ display: text !== undefined && text !== '', text: text ?? '', color: colours.text });
  const valueScale = {
    beginAtZero: true,
    // Room above the tallest bar for its value label (beside horizontal bars: layout padding).
    grace: horizontal ? 0 : '15%',
    afterTickToLabelConversion: labelTicks,
    ticks: { color: colours.text },
    grid: { color: colours.grid },
    border: { color: colours.grid },
    title: axisTitle(config.valueAxis),
  };
  const categoryScale = {
    ticks: { color: colours.text, ...(horizontal ? {} : { maxRotation: 0, autoSkip: false }) },
    grid: { display: false },
    border: { color: colours.grid },
    title: axisTitle(config.categoryAxis),
  };

  const labelRoom = horizontal ? Math.max(0, ...config.barLabels.map(measure(valueLabelFont(family)))) + 12 : 0;
  // A category's share of the width, less room for the value axis and a gap between labels.
  const categoryWidth = (width - 60) / Math.max(1, config.labels.length) - 8;
  const tickWidth = measure(`${tickFontSize}px ${family}`);
  const labels = horizontal ? config.labels : config.labels.map((label) => wrapLabel(label, categoryWidth, tickWidth));
  return {
    plugins: [valueLabels(config, colours.text, family)],
    // A horizontal bar chart is a bar chart along the y axis.
    type: 'bar',
    data: {
      labels,
      datasets: [{ label: config.valueAxis, data: config.values, backgroundColor: colours.bar, borderColor: colours.bar }],
    },
    options: {
      font: { family },
      indexAxis: horizontal ? 'y' : 'x',
      // Beside horizontal bars, room for the widest value label, so that none is cut off.
      layout: { padding: { right: labelRoom } },
      responsive: false,
      animation: false,
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
    },
  };
}
