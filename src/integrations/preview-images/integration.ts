/*
 * Tells the build where the preview-image machinery lives on disk: the worker script (a plain
 * file, run by worker threads, not bundled), the font packages and the cache folder inside
 * Astro's cacheDir. Bundled code cannot find these from its own location, so they are defined
 * as a constant (__PREVIEW_IMAGES__, declared in src/env.d.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const version = (root: string, name: string) =>
  (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

export function previewImages(): AstroIntegration {
  return {
    name: 'preview-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const settings = {
          workerFile: path.join(root, 'src/integrations/preview-images/render-worker.mjs'),
          /** The fonts' packages: Noto Sans SC for Chinese, Noto Sans for English (whose quotes are proportional). */
          fontDirs: {
            zh: path.join(root, 'node_modules/@fontsource/noto-sans-sc'),
            en: path.join(root, 'node_modules/@fontsource/noto-sans'),
          },
          cacheDir: path.join(fileURLToPath(config.cacheDir), 'preview-images'),
          salt: ['satori', '@resvg/resvg-js', '@fontsource/noto-sans-sc', '@fontsource/noto-sans']
            .map((name) => `${name}@${version(root, name)}`)
            .join(' '),
        };
        updateConfig({ vite: { define: { __PREVIEW_IMAGES__: JSON.stringify(settings) } } });
      },
    },
  };
}
