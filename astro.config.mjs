// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { chartTypesPlugin } from './src/build/chart-types-plugin.ts';
import { previewImages } from './src/build/preview-images/integration.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import remarkFigureRefs from './src/remark/figure-refs.ts';
import { sitemapLinks } from './src/lib/seo/sitemap-links.ts';
import remarkProseNumbers from './src/remark/prose-numbers.ts';
import remarkSectionBlocks from './src/remark/section-blocks.ts';

/*
 * SITE_URL and BASE_PATH let the same code publish at a domain root or under a sub-path.
 * ASTRO_CACHE_DIR keeps the content cache of fixture and benchmark builds apart from the real one.
 */
const site = process.env.SITE_URL ?? 'https://postal-report.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // One cacheable stylesheet instead of <style> copied into every page (and no inline styles for the CSP).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    previewImages(),
    sitemap({
      // The sitemap's own `i18n` option emits no x-default; the same alternates as each page's <head> do.
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url, site, base) }),
    }),
  ],
  // Astro 7's default Markdown processor (Sätteri) runs no remark plugins: ours need unified's.
  markdown: { processor: unified({ remarkPlugins: [remarkFigureRefs, remarkSectionBlocks, remarkProseNumbers] }) },
  vite: {
    plugins: [chartTypesPlugin(path.join(contentDir, 'charts'))],
    // Astro inlines scripts smaller than this limit into the page; an inline script would need
    // 'unsafe-inline' in the Content-Security-Policy (public/_headers). Keep every script a file.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
