/**
 * robots.txt: every crawler may read everything, and learns where the sitemap is. The sitemap's
 * URL must be absolute (the robots.txt format requires it), so it is built from the configured
 * site and base path rather than written by hand in public/.
 */
export function robotsTxt(site: string | URL, base = '/'): string {
  const sitemap = new URL('sitemap-index.xml', new URL(base.endsWith('/') ? base : `${base}/`, site));
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`;
}
