import { isSideBySidePath, localeOfPrefix } from '../../i18n/paths.ts';
import { alternates } from './alternates.ts';

/** One `<xhtml:link rel="alternate">` of a sitemap entry, in @astrojs/sitemap's shape. */
export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * The hreflang alternates of a sitemap entry, x-default included: @astrojs/sitemap's own `i18n`
 * option leaves x-default out, so its `serialize` hook calls this instead. The slug is read back
 * from the page's absolute URL; a URL outside the site (or a file, not a page) gets no links.
 */
export function sitemapLinks(pageUrl: string, site: string | URL, base = '/'): SitemapLink[] {
  const siteRoot = new URL(base, site);
  const url = new URL(pageUrl);
  if (url.origin !== siteRoot.origin || !url.pathname.startsWith(siteRoot.pathname) || !url.pathname.endsWith('/')) return [];
  const segments = url.pathname.slice(siteRoot.pathname.length).split('/').filter(Boolean);
  const locale = localeOfPrefix(segments[0]);
  const slug = (locale === undefined ? segments : segments.slice(1)).join('/');
  return alternates(slug, site, base).map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
}

/** Whether a page belongs in the sitemap: every page but the side-by-side ones, which are noindex. */
export function inSitemap(pageUrl: string, site: string | URL, base = '/'): boolean {
  const siteRoot = new URL(base, site);
  const url = new URL(pageUrl);
  return !(
    url.origin === siteRoot.origin &&
    url.pathname.startsWith(siteRoot.pathname) &&
    isSideBySidePath(url.pathname.slice(siteRoot.pathname.length))
  );
}
