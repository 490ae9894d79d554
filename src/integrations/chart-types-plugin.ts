import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
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

/**
 * Vite plugin: `import 'virtual:chart-js-registrations'` registers the Chart.js controllers and
 * elements of exactly the chart types the content uses, keeping chart pages within their budget.
 */
export function chartTypesPlugin(chartsDir: string) {
  return {
    name: 'report-chart-types',
    resolveId: (source: string) => (source === id ? resolvedId : undefined),
    load: (loaded: string) => (loaded === resolvedId ? chartJsRegistrations(usedChartTypes(chartsDir)) : undefined),
  };
}
