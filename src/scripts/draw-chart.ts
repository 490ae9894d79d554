/*
 * Draws one chart with Chart.js. Imported on demand by <report-chart>, with only the Chart.js
 * parts the report's chart types need (registered by the virtual module).
 */
import { Chart, type ChartConfiguration, type Plugin, type Scale } from 'chart.js';
import 'virtual:chart-js-registrations';
import type { ChartConfig } from '../lib/charts/chart-config.ts';
import { axisTickLabels } from '../lib/charts/axis-ticks.ts';
import { wrapLabel } from '../lib/charts/wrap-label.ts';

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

/** Colours come from the page's CSS custom properties, so they follow the light or dark scheme. */
function palette(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { bar: read('--chart-bar'), text: read('--chart-text'), grid: read('--chart-grid'), surface: read('--surface') };
}

/**
 * Writes each bar's value (qualifier included) at the end of the bar, so that a reader needs no
 * tooltip to read a number. The value scale keeps room for the labels (`grace`).
 */
function valueLabels(config: ChartConfig, colour: string, font: string): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = config.type === 'horizontal-bar';
      ctx.save();
      ctx.fillStyle = colour;
      ctx.font = `600 13px ${font}`;
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

/** The width of text drawn in `font` on a canvas, in CSS pixels. */
function textWidth(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return () => 0;
  context.font = font;
  return (text) => context.measureText(text).width;
}

function widestLabel(labels: readonly string[], font: string): number {
  const width = textWidth(font);
  return Math.max(0, ...labels.map(width));
}

/** Chart.js's tick font size, which the category labels are drawn in. */
const tickFontSize = 12;

/**
 * `chartWidth` is the width the chart is drawn in: under vertical bars, each category's label is
 * wrapped into lines that fit its share of it, instead of being tilted.
 */
function configuration(config: ChartConfig, colours: ReturnType<typeof palette>, chartWidth: number): ChartConfiguration {
  const horizontal = config.type === 'horizontal-bar';
  // Every label of the value axis is written the same way, decided once from all of its ticks
  // (src/lib/charts/axis-ticks.ts), after Chart.js has made them and before it measures them.
  const labelTicks = (axis: Scale) => {
    const values = axis.ticks.map((tick) => tick.value);
    const labels = axisTickLabels(values, config.locale);
    axis.ticks.forEach((tick, index) => (tick.label = labels[index] ?? String(tick.value)));
  };
  const axisTitle = (text: string | undefined) => ({ display: text !== undefined, text: text ?? '', color: colours.text });
  const valueScale = {
    beginAtZero: true,
    // Room above the tallest bar for its value label (beside horizontal bars: layout padding).
    grace: horizontal ? 0 : '15%',
    afterTickToLabelConversion: labelTicks,
    ticks: { color: colours.text },
    grid: { color: colours.grid },
    title: axisTitle(config.valueAxis),
  };
  const categoryScale = {
    ticks: { color: colours.text, ...(horizontal ? {} : { maxRotation: 0, autoSkip: false }) },
    grid: { display: false },
    title: axisTitle(config.categoryAxis),
  };

  const font = getComputedStyle(document.body).fontFamily;
  const labelRoom = horizontal ? widestLabel(config.barLabels, `600 13px ${font}`) + 12 : 0;
  // A category's share of the width, less room for the value axis and a gap between labels.
  const categoryWidth = (chartWidth - 60) / Math.max(1, config.labels.length) - 8;
  const tickWidth = textWidth(`${tickFontSize}px ${font}`);
  const labels = horizontal ? config.labels : config.labels.map((label) => wrapLabel(label, categoryWidth, tickWidth));
  return {
    plugins: [valueLabels(config, colours.text, font)],
    // A horizontal bar chart is a bar chart along the y axis.
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: config.valueAxis,
          data: config.values,
          backgroundColor: colours.bar,
          borderColor: colours.bar,
        },
      ],
    },
    options: {
      // The page's own fonts: Chinese text in a Chinese font, as in the prose.
      font: { family: font },
      indexAxis: horizontal ? 'y' : 'x',
      // Beside horizontal bars, room for the widest value label, so that none is cut off.
      layout: { padding: { right: labelRoom } },
      maintainAspectRatio: false,
      // Drawn once, not frame by frame: on a slow phone each frame of an animation was a long task
      // (canvas text in a Chinese font most of all), and a chart is complete when drawChart
      // returns, which printing needs.
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => config.texts[item.dataIndex] ?? '' } },
      },
      scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
    },
  };
}

/**
 * How far Chart.js may go with a chart. It resolves a chart's options, lays it out and paints it in
 * the task that creates it: for a bar chart in Chinese, 120–290 ms on a phone (Chromium with the CPU
 * slowed down 4 times), in which the page cannot answer a tap. Drawn while the reader reads, a chart
 * is done in three tasks instead, a stage each (the longest task: about 100 ms); printing completes
 * every chart at once.
 */
type Stage = 'options' | 'layout' | 'complete';

/** Holds back Chart.js's layout (`update`) until the layout stage, and its drawing (`render`) until the last. */
function stageGate(gate: { stage: Stage }): Plugin {
  return {
    id: 'stageGate',
    beforeUpdate: () => gate.stage !== 'options',
    beforeRender: () => gate.stage === 'complete',
  };
}

interface PageChart {
  chart: Chart;
  gate: { stage: Stage };
  /** Marks the figure drawn, folds its table away and offers the PNG; once, when the canvas is drawn. */
  finish: () => void;
}

/**
 * Every chart on the page, so that printing can complete and draw them again: Chromium prints a
 * canvas drawn while printing as shapes and text, and one drawn earlier as a bitmap.
 */
const charts: PageChart[] = [];

/** Creates a chart on a new canvas in the figure's slot; Chart.js goes as far as `stage`. */
function createChart(host: HTMLElement, slot: HTMLElement, config: ChartConfig, stage: Stage): PageChart {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', config.label);
  slot.append(canvas);
  slot.hidden = false;
  const gate = { stage };
  const chartConfiguration = configuration(config, palette(host), slot.clientWidth);
  chartConfiguration.plugins = [...(chartConfiguration.plugins ?? []), stageGate(gate)];
  const chart = new Chart(canvas, chartConfiguration);

  // Redraw in the new colours when the reader's system switches between light and dark.
  darkScheme.addEventListener('change', () => {
    const next = configuration(config, palette(host), slot.clientWidth);
    chart.options = next.options ?? {};
    chart.data = next.data;
    chart.update('none');
  });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    host.dataset['drawn'] = 'true';
    host.querySelector('details')?.removeAttribute('open');
    slot.after(pngButton(canvas, config, host));
  };
  const pageChart = { chart, gate, finish };
  charts.push(pageChart);
  return pageChart;
}

/** Draws a chart; it is complete when this returns (as printing needs). */
export function drawChart(host: HTMLElement, slot: HTMLElement, config: ChartConfig): void {
  createChart(host, slot, config, 'complete').finish();
}

/** A new task, after the ones already waiting (input among them). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Draws a chart in three tasks (see `Stage`): its options in the caller's, then its layout, then
 * its drawing. Printing in between completes it at once (`redrawAll`), and the stages left are skipped.
 */
export async function drawChartInStages(host: HTMLElement, slot: HTMLElement, config: ChartConfig): Promise<void> {
  const { chart, gate, finish } = createChart(host, slot, config, 'options');
  await nextTask();
  if (gate.stage === 'options') {
    gate.stage = 'layout';
    chart.update();
  }
  await nextTask();
  if (gate.stage === 'layout') {
    gate.stage = 'complete';
    chart.render();
  }
  finish();
}

/**
 * "Download image (PNG)": the canvas on the page's background (a bare canvas is transparent and
 * would show dark text on a dark viewer), as <chart id>.png.
 */
function pngButton(canvas: HTMLCanvasElement, config: ChartConfig, host: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'png-download';
  button.textContent = config.pngLabel;
  button.addEventListener('click', () => {
    const image = document.createElement('canvas');
    image.width = canvas.width;
    image.height = canvas.height;
    const context = image.getContext('2d');
    if (context === null) return;
    context.fillStyle = palette(host).surface;
    context.fillRect(0, 0, image.width, image.height);
    context.drawImage(canvas, 0, 0);
    image.toBlob((blob) => {
      if (blob === null) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${config.id}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }, 'image/png');
  });
  return button;
}

/** Completes every chart begun and draws it again, at once: called while printing (see `charts`). */
export function redrawAll(): void {
  for (const { chart, gate, finish } of charts) {
    gate.stage = 'complete';
    chart.update('none');
    finish();
  }
}
