import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Plugin } from 'vite';
import { chartTypes, type Chart } from '../schemas/chart.ts';
import { chartJsRegistrations } from '../lib/charts/chart-js-registrations.ts';

const id = 'virtual:chart-js-registrations';
const resolvedId = `\0${id}`;

/** The chart types used in content/charts/*.yaml (unknown types are left to the schema to report). */
function usedChartTypes(chartsDir: string): Set<Chart['type']> {
  const used = new Set<Chart['type']>();
  if (!fs.existsSync(chartsDir)) return used;
  for (const name of fs.readdirSync(chartsDir).filter((file) => file.endsWith('.yaml'))) {
    const data = yaml.load(fs.readFileSync(path.join(chartsDir, name), 'utf8')) as { type?: unknown } | null;
    const type = chartTypes.find((known) => known === data?.type);
    if (type !== undefined) used.add(type);
  }
  return used;
}

/** Whether a changed, added or removed file is a chart definition, whose type may be new. */
function isChartFile(file: string, chartsDir: string): boolean {
  return file.endsWith('.yaml') && path.resolve(path.dirname(file)) === path.resolve(chartsDir);
}

/**
 * Vite plugin: `import 'virtual:chart-js-registrations'` registers the Chart.js controllers and
 * elements of exactly the chart types the content uses, keeping chart pages within their budget.
 * In `astro dev`, saving a chart file invalidates the module and reloads the page: otherwise a
 * new chart type would be drawn with the old registrations ("not a registered controller").
 */
export function chartTypesPlugin(chartsDir: string): Plugin {
  return {
    name: 'report-chart-types',
    resolveId: (source) => (source === id ? resolvedId : undefined),
    load: (loaded) => (loaded === resolvedId ? chartJsRegistrations(usedChartTypes(chartsDir)) : undefined),
    // The charts folder may lie outside Vite's root (REPORT_CONTENT_DIR): watch it explicitly.
    configureServer: (server) => {
      server.watcher.add(chartsDir);
    },
    hotUpdate({ file }) {
      if (!isChartFile(file, chartsDir)) return;
      // Each environment (browser, server) has its own module graph; only the browser's imports this module.
      const registrations = this.environment.moduleGraph.getModuleById(resolvedId);
      if (registrations === undefined) return;
      this.environment.moduleGraph.invalidateModule(registrations);
      this.environment.hot.send({ type: 'full-reload' });
    },
  };
}
