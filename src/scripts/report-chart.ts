/*
 * <report-chart> enhances a chart figure whose table is already on the page. Nothing is
 * downloaded until the figure comes near the viewport; then Chart.js (only the parts this
 * chart type needs) is imported and drawn on a canvas, and the table folds away behind its summary.
 */
import type { ChartConfig } from '../lib/charts/chart-config.ts';

class ReportChart extends HTMLElement {
  connectedCallback() {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void this.draw();
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(this);
  }

  private async draw() {
    const config = JSON.parse(this.dataset['chart'] ?? '{}') as ChartConfig;
    const slot = this.querySelector<HTMLElement>('.chart-canvas');
    if (slot === null) return;
    const { drawChart } = await import('./draw-chart.ts');
    drawChart(this, slot, config);
    this.querySelector('details')?.removeAttribute('open');
  }
}

customElements.define('report-chart', ReportChart);
