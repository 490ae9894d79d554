/*
 * Tells the build where the chart drawings' fonts and cache are, and what else changes their
 * bytes, as a constant (__CHART_IMAGES__, declared in src/env.d.ts): the versions of Chart.js,
 * the canvas and the fonts, the palette of global.css, and the drawing code itself, so that a
 * changed option draws the charts again instead of reading old ones from the cache.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chartPalette, schemeTokens } from '../../lib/charts/chart-palette.ts';
import { mergedFontPackages } from '../../i18n/fonts.ts';
import { packageVersion } from '../package-version.ts';
import { chartDrawingStats } from './stats.ts';

/** The files whose code decides how a chart is drawn. */
const drawingCode = ['src/lib/charts', 'src/integrations/chart-images'];

function hashOfFiles(root: string): string {
  const hash = crypto.createHash('sha256');
  for (const dir of drawingCode) {
    for (const name of fs.readdirSync(path.join(root, dir)).sort()) {
      hash.update(name).update(fs.readFileSync(path.join(root, dir, name)));
    }
  }
  return hash.digest('hex');
}

export function chartImages(): AstroIntegration {
  return {
    name: 'chart-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const css = fs.readFileSync(path.join(root, 'src/styles/global.css'), 'utf8');
        const light = schemeTokens(css, 'light');
        const settings = {
          /** Every locale's font packages, in one order (src/i18n/fonts.ts). */
          fontDirs: mergedFontPackages().map((name) => path.join(root, 'node_modules', name)),
          cacheDir: path.join(fileURLToPath(config.cacheDir), 'chart-images'),
          /** The PNG's colours: the light scheme's, on its surface. */
          palette: { ...chartPalette(css, 'light'), title: light['--text-strong'] ?? '#000000', muted: light['--text-muted'] ?? '#000000' },
          salt: [
            ...['chart.js', '@napi-rs/canvas', ...mergedFontPackages()].map((name) => `${name}@${packageVersion(root, name)}`),
            hashOfFiles(root),
          ].join(' '),
        };
        updateConfig({ vite: { define: { __CHART_IMAGES__: JSON.stringify(settings) } } });
      },
      'astro:build:done': ({ logger }) => {
        const { drawn, cached, milliseconds } = chartDrawingStats();
        logger.info(`chart drawings (SVG and PNG): ${drawn} drawn, ${cached} from the cache, ${Math.round(milliseconds)} ms`);
      },
    },
  };
}
