// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { buildOutput } from './src/integrations/build-output.ts';
import { buildStamp } from './src/integrations/build-stamp.ts';
import { chartImages } from './src/integrations/chart-images/integration.ts';
import { finishSite } from './src/integrations/finish-site/integration.ts';
import { hostingIntegration } from './src/integrations/hosting-integration.ts';
import remarkHeadingIds from './src/integrations/remark/heading-ids.ts';
import remarkFigureRefs from './src/integrations/remark/figure-refs.ts';
import remarkProseNumbers from './src/integrations/remark/prose-numbers.ts';
import remarkSectionBlocks from './src/integrations/remark/section-blocks.ts';
import remarkSectionGuard from './src/integrations/remark/section-guard.ts';
import remarkParallelMarkers from './src/integrations/remark/parallel-markers.ts';
import remarkTermRefs from './src/integrations/remark/term-refs.ts';
import { previewImages } from './src/integrations/preview-images/integration.ts';
import { siteOriginCss } from './src/integrations/site-origin-css.ts';
import { basePathFrom } from './src/lib/hosting/base-path.ts';
import { siteUrlFrom } from './src/lib/hosting/site-url.ts';
import { inSitemap, sitemapLinks } from './src/lib/seo/sitemap-links.ts';

/*
 * SITE_URL and BASE_PATH let the same code publish at a domain root or under a sub-path.
 * Both are checked (src/lib/hosting/site-url.ts, base-path.ts); SITE_URL unset, the build uses a
 * placeholder and says so.
 * ASTRO_CACHE_DIR keeps the content cache of fixture and benchmark builds apart from the real one.
 */
const {
  site,
  warning: siteUrlWarning,
  base,
} = fromEnvironment(() => ({
  ...siteUrlFrom(process.env.SITE_URL),
  base: basePathFrom(process.env.BASE_PATH),
}));

/**
 * A wrong variable stops the build with its message alone: Astro would print a stack trace under
 * it, which tells a host nothing more and buries the line that names the variable.
 * @template T
 * @param {() => T} read
 * @returns {T}
 */
function fromEnvironment(read) {
  try {
    return read();
  } catch (error) {
    console.error(`\n${/** @type {Error} */ (error).message}\n`);
    process.exit(1);
  }
}

/**
 * Rolldown warns that it may not keep the module-level directive "use astro:head-inject", which
 * Astro's MDX integration writes into every MDX file: once per section file, on every build. It is
 * a known Astro 7 issue (https://github.com/withastro/astro/issues/18087), harmless here; this one
 * warning is left out, so that the warnings meant for editors stand out. Every other warning passes.
 * @type {NonNullable<import('vite').Rolldown.InputOptions['onwarn']>}
 */
function withoutHeadInjectWarning(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}

export default defineConfig({
  site,
  base,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Each page's styles in a <style> of its own: the first paint waits for the HTML alone, not for
  // a stylesheet requested after it (a round trip on a phone's network). The page's CSP allows
  // that <style> by its hash (src/lib/hosting/page-style-policy.ts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    // First: what the build prints passes through its trace filter from the start.
    buildOutput(),
    mdx(),
    previewImages(),
    chartImages(),
    sitemap({
      // The sitemap's own `i18n` option emits no x-default; the same alternates as each page's <head> do.
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url, site, base) }),
      // The side-by-side pages are noindex: their text is listed on the language pages.
      filter: (page) => inSitemap(page, site, base),
    }),
    // After the sitemap, whose files its _headers must cover.
    hostingIntegration({ base, siteUrlWarning }),
    // Last, on the finished pages: the search index, the readers' checks, the precompressed copies.
    finishSite({ site, base }),
    // Last: written once every step before it has succeeded, it tells the tests that dist/ is current.
    buildStamp(),
  ],
  // Astro 7's default Markdown processor (Sätteri) runs no remark plugins: ours need unified's.
  // The section guard comes first: MDX that holds code stops the build before anything reads it.
  // The parallel markers come last: the others read the section as its editor wrote it.
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkSectionGuard,
        remarkHeadingIds,
        remarkFigureRefs,
        remarkTermRefs,
        remarkSectionBlocks,
        remarkProseNumbers,
        remarkParallelMarkers,
      ],
    }),
  },
  vite: {
    plugins: [siteOriginCss(site)],
    // Astro inlines scripts smaller than this limit into the page; an inline script would need
    // 'unsafe-inline' in the Content-Security-Policy (src/lib/hosting/security-headers.ts). Keep every script a file.
    // CSS split by page, so each page inlines only the styles of its own components.
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: true,
      rolldownOptions: { onwarn: withoutHeadInjectWarning },
    },
  },
  devToolbar: { enabled: false },
});
