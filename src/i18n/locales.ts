/**
 * The languages the code knows how to publish: each has its conventions here and in
 * src/i18n/conventions.ts, and built-in UI strings or none (src/i18n/ui/). Which of them a
 * publication has, and which is its source language, the content says (content/report.yaml's
 * `locales`, read by src/i18n/publication-locales.ts). This module stays free of Node: the 404
 * page's script bundles it to read a path's language.
 * Content folders (`content/sections/<key>/`) and the keys of localized YAML fields use the same key.
 */
export const knownLocales = ['zh', 'en', 'zh-Hant'] as const;
export type Locale = (typeof knownLocales)[number];

interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, hreflang and `Intl`. */
  readonly tag: string;
  /** URL path prefix when it is not the publication's source language, which lives at the site root. */
  readonly pathPrefix: string;
  /** Open Graph `og:locale` value. */
  readonly ogLocale: string;
  /** The language's own name, shown by the language switch. */
  readonly nativeName: string;
  /** Locale for dates: British English writes "4 January 2021". */
  readonly dateLocale: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  zh: { tag: 'zh-CN', pathPrefix: 'zh', ogLocale: 'zh_CN', nativeName: '简体中文', dateLocale: 'zh-CN' },
  en: { tag: 'en', pathPrefix: 'en', ogLocale: 'en_GB', nativeName: 'English', dateLocale: 'en-GB' },
  // Traditional Chinese: its tag names the script, not a region (Taiwan, Hong Kong and Macao write it differently in words, not in characters).
  'zh-Hant': { tag: 'zh-Hant', pathPrefix: 'zh-hant', ogLocale: 'zh_TW', nativeName: '繁體中文', dateLocale: 'zh-Hant' },
};

export function isKnownLocale(value: string): value is Locale {
  return (knownLocales as readonly string[]).includes(value);
}

/**
 * The locale whose path prefix is a path's first segment after the base (`/en/talent/` → en), or
 * undefined: the source language's pages have none.
 */
export function localeOfPathPrefix(pathname: string, base = '/'): Locale | undefined {
  const baseDepth = base.split('/').filter(Boolean).length;
  const first = pathname.split('/').filter(Boolean)[baseDepth];
  return knownLocales.find((locale) => localeInfo[locale].pathPrefix === first);
}

/**
 * The language whose section headings give every language its heading anchors: written in ASCII,
 * so an address with an anchor pastes as it reads (src/lib/content/heading-anchors.ts).
 */
export const anchorLocale: Locale = 'en';
