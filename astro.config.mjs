// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkFigureRefs from './src/remark/figure-refs.ts';
import remarkProseNumbers from './src/remark/prose-numbers.ts';

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
  integrations: [mdx()],
  markdown: { remarkPlugins: [remarkFigureRefs, remarkProseNumbers] },
  devToolbar: { enabled: false },
});
