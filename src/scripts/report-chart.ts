/*
 * <report-chart> enhances a chart figure whose table is already on the page. Nothing is
 * downloaded until the page has painted and a figure comes near the viewport; then Chart.js (only
 * the parts the report's chart types need) is imported and drawn on a canvas, and the table folds
 * away behind its summary.
 *
 * Printing: the browser does not wait for work started in `beforeprint` (an import() would land
 * after the page is printed), so the handler draws synchronously every chart not yet drawn —
 * possible once the drawing module is loaded, which it is after the reader has come near any chart. Ctrl+P / ⌘P before that is held back while the module loads, then prints
 * with every chart drawn. Printing from the browser's menu before that prints the undrawn charts'
 * data tables instead (their <details> open), and the module starts loading for the next print.
 */
import type { ChartConfig } from '../lib/charts/chart-config.ts';

type DrawModule = typeof import('./draw-chart.ts');
let drawModule: DrawModule | undefined;
let loading: Promise<DrawModule> | undefined;

function loadDrawModule(): Promise<DrawModule> {
  loading ??= import('./draw-chart.ts').then((module) => (drawModule = module));
  return loading;
}

/**
 * Settles once the page has painted its first text. Charts wait for it: a chart near the top would
 * otherwise start Chart.js's download while the text is still waiting to be shown.
 */
function afterFirstContentfulPaint(): Promise<void> {
  // A browser without paint timing: after the next frame, which is painted.
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
const firstPaint = afterFirstContentfulPaint();

class ReportChart extends HTMLElement {
  connectedCallback() {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        // Each chart in tasks of its own, after the one that runs the module: one long task
        // for Chart.js and every chart in view would keep the page from answering input.
        void loadDrawModule().then((module) => setTimeout(() => void this.drawInStages(module)));
      },
      { rootMargin: '200px 0px' },
    );
    void firstPaint.then(() => observer.observe(this));
  }

  /** Set once drawing has begun: a chart is drawn once, at once or in stages. */
  #begun = false;

  /** The canvas's slot and the chart's data, the first time only. */
  #begin(): { slot: HTMLElement; config: ChartConfig } | undefined {
    const slot = this.querySelector<HTMLElement>('.chart-canvas');
    if (this.#begun || slot === null) return undefined;
    this.#begun = true;
    return { slot, config: JSON.parse(this.dataset['chart'] ?? '{}') as ChartConfig };
  }

  /** Draws the chart in stages, a task each, while the reader reads; settles when it is drawn. */
  async drawInStages(module: DrawModule): Promise<void> {
    const chart = this.#begin();
    if (chart !== undefined) await module.drawChartInStages(this, chart.slot, chart.config);
  }

  /** Draws the chart at once; synchronous, so `beforeprint` can call it. */
  drawAtOnce(module: DrawModule) {
    const chart = this.#begin();
    if (chart !== undefined) module.drawChart(this, chart.slot, chart.config);
  }

  /** Before printing without the drawing module: the table carries the data. */
  showTable() {
    if (this.dataset['drawn'] !== 'true') this.querySelector('details')?.setAttribute('open', '');
  }
}

customElements.define('report-chart', ReportChart);

/** Draws every chart not yet begun, and completes and draws again those begun already, for printing. */
function drawAllForPrint(module: DrawModule) {
  document.querySelectorAll<ReportChart>('report-chart').forEach((chart) => chart.drawAtOnce(module));
  module.redrawAll();
}

window.addEventListener('beforeprint', () => {
  if (drawModule === undefined) {
    document.querySelectorAll<ReportChart>('report-chart').forEach((chart) => chart.showTable());
    void loadDrawModule();
    return;
  }
  drawAllForPrint(drawModule);
});

// The print shortcut reaches the page before the print dialog opens: without the drawing module,
// hold it back, load the module, draw every chart, then print.
window.addEventListener('keydown', (event) => {
  const isPrintShortcut = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
  if (!isPrintShortcut || drawModule !== undefined) return;
  event.preventDefault();
  void loadDrawModule().then((module) => {
    drawAllForPrint(module);
    window.print();
  });
});
