/*
 * Draws one chart with Chart.js. Imported on demand by <report-chart>, with only the Chart.js
 * parts the report's chart types need (registered by the virtual module).
 */
import { Chart, type ChartConfiguration } from 'chart.js';
import 'virtual:chart-js-registrations';
import type { ChartConfig } from '../lib/charts/chart-config.ts';
import { formatNumber } from '../lib/format/format-number.ts';

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** Colours come from the page's CSS custom properties, so they follow the light or dark scheme. */
function palette(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { bar: read('--chart-bar'), text: read('--chart-text'), grid: read('--chart-grid') };
}

function configuration(config: ChartConfig, colours: ReturnType<typeof palette>): ChartConfiguration {
  const horizontal = config.type === 'horizontal-bar';
  const tick = (value: string | number) => (typeof value === 'number' ? formatNumber(value, config.locale) : value);
  const axisTitle = (text: string | undefined) => ({ display: text !== undefined, text: text ?? '', color: colours.text });
  const valueScale = {
    beginAtZero: true,
    ticks: { color: colours.text, callback: tick },
    grid: { color: colours.grid },
    title: axisTitle(config.valueAxis),
  };
  const categoryScale = { ticks: { color: colours.text }, grid: { display: false }, title: axisTitle(config.categoryAxis) };

  return {
    // A horizontal bar chart is a bar chart along the y axis.
    type: 'bar',
    data: {
      labels: config.labels,
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
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: reducedMotion.matches ? false : { duration: 400 },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => config.texts[item.dataIndex] ?? '' } },
      },
      scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
    },
  };
}

export function drawChart(host: HTMLElement, slot: HTMLElement, config: ChartConfig): void {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', config.label);
  slot.append(canvas);
  slot.hidden = false;
  const chart = new Chart(canvas, configuration(config, palette(host)));
  host.dataset['drawn'] = 'true';

  // Redraw in the new colours when the reader's system switches between light and dark.
  darkScheme.addEventListener('change', () => {
    const next = configuration(config, palette(host));
    chart.options = next.options ?? {};
    chart.data = next.data;
    chart.update('none');
  });
}
