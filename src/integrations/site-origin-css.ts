import type { Plugin } from 'vite';

const id = 'virtual:site-origin.css';
const resolvedId = `\0${id}`;

/** The stylesheet: the site's origin ("https://example.org") as a CSS string in --site-origin. */
export function siteOriginStylesheet(site: string): string {
  return `:root{--site-origin:${JSON.stringify(new URL(site).origin)}}\n`;
}

/**
 * Vite plugin: `import 'virtual:site-origin.css'` gives every page the site's origin as a custom
 * property, which print.css writes before a download's path so that a printout gives its absolute
 * URL. A stylesheet module, so that it is bundled into the page's one <style> (whose hash the
 * page's Content-Security-Policy allows), not an inline style of its own.
 */
export function siteOriginCss(site: string): Plugin {
  return {
    name: 'report-site-origin-css',
    resolveId: (source) => (source === id ? resolvedId : undefined),
    load: (loaded) => (loaded === resolvedId ? siteOriginStylesheet(site) : undefined),
  };
}
