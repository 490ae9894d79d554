import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, serialiseHeaderRules } from '../lib/hosting/header-rules.ts';
import { withStyleHashes } from '../lib/hosting/page-style-policy.ts';

/** Every file of a folder, relative to it, with forward slashes. */
function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'));
}

/**
 * Hosting output of the build: puts each page's style hashes into its <meta> Content-Security-Policy,
 * writes `_headers` for the built files and the base path (so a BASE_PATH build needs no editing),
 * and warns once when SITE_URL is not set.
 */
export function hostingIntegration({ base, siteUrlWarning }: { base: string; siteUrlWarning?: string | undefined }): AstroIntegration {
  return {
    name: 'report-hosting',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrlWarning !== undefined) logger.warn(`\n\n  ⚠  ${siteUrlWarning}\n`);
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const files = filesOf(outDir);
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const page = path.join(outDir, file);
          const html = fs.readFileSync(page, 'utf8');
          const withHashes = withStyleHashes(html, file);
          if (withHashes !== html) fs.writeFileSync(page, withHashes);
        }
        fs.writeFileSync(path.join(outDir, '_headers'), serialiseHeaderRules(headerRules(files, base)));
      },
    },
  };
}
