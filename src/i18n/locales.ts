/**
 * The publication's languages. Chinese is the source language and lives at the site root;
 * every other locale lives under its own path prefix (`/en/`).
 * Content folders (`content/sections/<key>/`) and the keys of bilingual YAML fields use the same short key.
 */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'zh';

interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, hreflang and `Intl`. */
  readonly tag: string;
  /** URL path prefix; the default locale has none. */
  readonly pathPrefix: string;
  /** Open Graph `og:locale` value. */
  readonly ogLocale: string;
  /** The language's own name, shown by the language switch. */
  readonly nativeName: string;
  /** Locale for dates: British English writes "4 January 2021". */
  readonly dateLocale: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  zh: { tag: 'zh-CN', pathPrefix: '', ogLocale: 'zh_CN', nativeName: '简体中文', dateLocale: 'zh-CN' },
  en: { tag: 'en', pathPrefix: 'en', ogLocale: 'en_GB', nativeName: 'English', dateLocale: 'en-GB' },
};

/**
 * Whether a locale is the source language, the one the report was written in (the root locale):
 * its readers need no original beside a term, and its sections are the ones translations match.
 */
export function isSourceLocale(locale: Locale): boolean {
  return locale === defaultLocale;
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * The language whose section headings give every language its heading anchors: written in ASCII,
 * so an address with an anchor pastes as it reads (src/lib/content/heading-anchors.ts).
 */
export const anchorLocale: Locale = 'en';
