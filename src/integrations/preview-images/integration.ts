/*
 * Tells the build where the preview-image machinery lives on disk: the worker script (a plain
 * file, run by worker threads, not bundled), the font packages and the cache folder inside
 * Astro's cacheDir. Bundled code cannot find these from its own location, so they are defined
 * as a constant (__PREVIEW_IMAGES__, declared in src/env.d.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergedFontPackages } from '../../i18n/fonts.ts';
import { packageVersion } from '../package-version.ts';
import { localeFontDirs } from './font-files.ts';

export function previewImages(): AstroIntegration {
  return {
    name: 'preview-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const settings = {
          workerFile: path.join(root, 'src/integrations/preview-images/render-worker.mjs'),
          /** Each locale's font packages (src/i18n/locales.ts). */
          fontDirs: localeFontDirs(path.join(root, 'node_modules')),
          cacheDir: path.join(fileURLToPath(config.cacheDir), 'preview-images'),
          salt: ['satori', '@resvg/resvg-js', ...mergedFontPackages()].map((name) => `${name}@${packageVersion(root, name)}`).join(' '),
        };
        updateConfig({ vite: { define: { __PREVIEW_IMAGES__: JSON.stringify(settings) } } });
      },
    },
  };
}
