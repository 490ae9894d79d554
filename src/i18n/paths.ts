import { localeInfo, type Locale } from './locales.ts';
import { defaultLocale, locales } from './publication-locales.ts';

/*
 * URLs: the source language at the root, other languages under their prefix, the same English slug in every
 * language (/infrastructure/, /en/infrastructure/). `base` is Astro's BASE_URL, so the same
 * build works at a domain root or under a sub-path such as /report/.
 */

function joinPath(...parts: string[]): string {
  const inner = parts.flatMap((part) => part.split('/')).filter((segment) => segment !== '');
  return inner.length === 0 ? '/' : `/${inner.join('/')}/`;
}

/** The path prefix of a locale's pages: none for the source language, which lives at the site root. */
export function pathPrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : localeInfo[locale].pathPrefix;
}

/** The publication's locale whose pages live under a path prefix (`en`), or undefined: the source language has none. */
export function localeOfPrefix(prefix: string | undefined): Locale | undefined {
  return locales.find((locale) => locale !== defaultLocale && localeInfo[locale].pathPrefix === prefix);
}

/** The path of a page: `pagePath('en', 'infrastructure', '/report')` → `/report/en/infrastructure/`. */
export function pagePath(locale: Locale, slug: string, base = '/'): string {
  return joinPath(base, pathPrefix(locale), slug);
}

/** The path of a file in the site (a download): no trailing slash. */
export function filePath(name: string, base = '/'): string {
  return joinPath(base, name).replace(/\/$/, '');
}

/** The `[...lang]` route parameter of a locale: undefined for the root language. */
export function langParam(locale: Locale): string | undefined {
  return pathPrefix(locale) || undefined;
}

/**
 * The locale of a `[...lang]` route parameter, langParam's inverse: the root language when there is
 * none (the root language's pages, and routes without a language in their address such as the 404
 * page and the downloads under /data/).
 */
export function localeFromLangParam(lang: string | undefined): Locale {
  if (lang === undefined || lang === '') return defaultLocale;
  const locale = localeOfPrefix(lang);
  if (locale === undefined) {
    const known = locales.flatMap((candidate) => pathPrefix(candidate) || []).join(', ');
    throw new Error(`"${lang}" is not the path prefix of a locale of the publication (it has ${known})`);
  }
  return locale;
}

/**
 * The static paths of a page that exists once per language (home, data, search): the `[...lang]`
 * parameter of each locale. The page reads its locale from `Astro.locals` (src/middleware.ts).
 */
export function localePaths() {
  return locales.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/** The slug of a figure's own page, from its id: `figures/infrastructure.parcel-lockers`. */
export function figureSlug(figureId: string): string {
  return `figures/${figureId}`;
}

/** The preview image (Open Graph) of a page: `og/zh/index.png`, `og/en/figures/talent.students.png`. */
export function previewImageName(locale: Locale, slug: string): string {
  return `og/${locale}/${slug === '' ? 'index' : slug.replace(/\/$/, '')}.png`;
}

/** The folder of the side-by-side pages, one per section: `/parallel/<slug>/`, in the root language's place. */
export const sideBySideFolder = 'parallel';

/** The slug of a section's side-by-side page: `parallel/infrastructure`. */
export function sideBySideSlug(sectionSlug: string): string {
  return `${sideBySideFolder}/${sectionSlug}`;
}

/** The list of figures: every chart and every statistic (`/figures/`, `/en/figures/`), the figure pages' parent. */
export const figureListSlug = 'figures';

/** The anchor of a section's statistics in the list of figures: `#statistics-talent`. */
export function figureListAnchor(sectionSlug: string): string {
  return `statistics-${sectionSlug}`;
}

/** About this edition (`/about/`, `/en/about/`), linked from every footer. */
export const aboutSlug = 'about';

/**
 * Whether a path inside the site (`parallel/talent/`, `en/parallel/talent/index.html`, without the
 * base) is a side-by-side page: the same page in every language's place, its chrome in that language.
 */
export function isSideBySidePath(pathInSite: string): boolean {
  const [first, second] = pathInSite.split('/').filter(Boolean);
  const prefixed = localeOfPrefix(first) !== undefined;
  return (prefixed ? second : first) === sideBySideFolder;
}
