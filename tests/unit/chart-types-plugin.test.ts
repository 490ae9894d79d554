import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { HotUpdateOptions, Plugin } from 'vite';
import { chartTypesPlugin } from '../../src/integrations/chart-types-plugin.ts';

/** A plugin hook, whether the plugin wrote it as a function or as `{ handler }`. */
function handler<T>(hook: T | { handler: T } | undefined): T {
  if (hook === undefined) throw new Error('the plugin lacks this hook');
  return typeof hook === 'object' && hook !== null && 'handler' in hook ? hook.handler : hook;
}

const resolvedId = '\0virtual:chart-js-registrations';

/** What `hotUpdate` sees of one Vite environment: its module graph, holding the registrations or not, and its HMR channel. */
function environment(holdsRegistrations: boolean) {
  const registrations = { id: resolvedId };
  return {
    registrations,
    moduleGraph: {
      getModuleById: vi.fn((id: string) => (holdsRegistrations && id === resolvedId ? registrations : undefined)),
      invalidateModule: vi.fn(),
    },
    hot: { send: vi.fn() },
  };
}

describe('chartTypesPlugin', () => {
  let chartsDir: string;
  let plugin: Plugin;
  const load = () => (handler(plugin.load) as (id: string) => string | undefined).call({} as never, resolvedId);
  const hotUpdate = (env: ReturnType<typeof environment>, file: string, type: HotUpdateOptions['type'] = 'update') =>
    handler(plugin.hotUpdate).call({ environment: env } as never, { file, type } as HotUpdateOptions);

  beforeEach(() => {
    chartsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charts-'));
    plugin = chartTypesPlugin(chartsDir);
  });
  afterEach(() => fs.rmSync(chartsDir, { recursive: true, force: true }));

  test('the virtual module registers what the chart files use, read afresh on every load', () => {
    expect(load()).toBe("import { Chart, Tooltip } from 'chart.js';\nChart.register(Tooltip);\n");
    fs.writeFileSync(path.join(chartsDir, 'a.yaml'), 'type: horizontal-bar\n');
    expect(load()).toContain('Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);');
  });

  test.each(['create', 'update', 'delete'] as const)(
    'a chart file event (%s) invalidates the module and reloads the page',
    async (type) => {
      const env = environment(true);
      await hotUpdate(env, path.join(chartsDir, 'a.yaml'), type);
      expect(env.moduleGraph.invalidateModule).toHaveBeenCalledWith(env.registrations);
      expect(env.hot.send).toHaveBeenCalledWith({ type: 'full-reload' });
    },
  );

  test('an environment that never loaded the module is left alone', async () => {
    const env = environment(false);
    await hotUpdate(env, path.join(chartsDir, 'a.yaml'));
    expect(env.moduleGraph.invalidateModule).not.toHaveBeenCalled();
    expect(env.hot.send).not.toHaveBeenCalled();
  });

  test.each([
    ['a figures file', (dir: string) => path.join(dir, '..', 'figures', 'a.yaml')],
    ['a file in a subfolder', (dir: string) => path.join(dir, 'drafts', 'a.yaml')],
    ['a file that is not YAML', (dir: string) => path.join(dir, 'notes.md')],
  ])('%s changes nothing', async (_, file) => {
    const env = environment(true);
    await hotUpdate(env, file(chartsDir));
    expect(env.moduleGraph.invalidateModule).not.toHaveBeenCalled();
    expect(env.hot.send).not.toHaveBeenCalled();
  });
});
