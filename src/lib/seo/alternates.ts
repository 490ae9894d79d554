import { localeInfo } from '../../i18n/locales.ts';
import { defaultLocale, locales } from '../../i18n/publication-locales.ts';
import { pagePath } from '../../i18n/paths.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The language versions of one page, as absolute URLs: one per locale plus x-default, which
 * points to the Chinese page (the source language, and the root of the site).
 * The same list goes into every version's <head> and into the sitemap, so they are reciprocal.
 */
export function alternates(slug: string, site: string | URL, base = '/'): Alternate[] {
  const url = (locale: (typeof locales)[number]) => new URL(pagePath(locale, slug, base), site).href;
  return [
    ...locales.map((locale) => ({ hreflang: localeInfo[locale].tag, href: url(locale) })),
    { hreflang: 'x-default', href: url(defaultLocale) },
  ];
}
