import type { Chart } from '../../schemas/chart.ts';

/** The Chart.js parts each chart type needs. */
const partsByType: Record<Chart['type'], readonly string[]> = {
  bar: ['BarController', 'BarElement', 'CategoryScale', 'LinearScale'],
  'horizontal-bar': ['BarController', 'BarElement', 'CategoryScale', 'LinearScale'],
  table: [],
};

/**
 * Source of a module that registers with Chart.js only the parts the report's charts use.
 * chart.js ships as one module, so a bundler keeps every part any chunk imports: registering
 * all types "just in case" would put every controller on every chart page.
 */
export function chartJsRegistrations(types: Iterable<Chart['type']>): string {
  const parts = [...new Set([...types].flatMap((type) => partsByType[type]).concat('Tooltip'))].sort();
  return `import { Chart, ${parts.join(', ')} } from 'chart.js';\nChart.register(${parts.join(', ')});\n`;
}
