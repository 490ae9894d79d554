/**
 * The site's absolute URL when SITE_URL is not set: astro.config.mjs builds with it, and the tests
 * of the built site expect it in canonical links, hreflang, the sitemap and robots.txt.
 */
export const defaultSiteUrl = 'https://postal-report.example.org';
