/**
 * The publication's languages. Chinese is the source language and lives at the site root;
 * every other locale lives under its own path prefix (`/en/`).
 * Content folders (`content/sections/<key>/`) and the keys of bilingual YAML fields use the same short key.
 */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'zh';

/**
 * How a language joins and punctuates the text the code puts together (UI strings, names, values).
 * Chinese full-width punctuation carries its own space; English puts a space after its marks.
 */
export interface Typography {
  /** Between the items of a list of names: 国家邮政局、国家统计局 / SPB, NBS. */
  readonly listSeparator: string;
  /** Between two clauses or values that a semicolon separates: 2019年；2020年 / 2019; 2020. */
  readonly semicolon: string;
  /** After a label, before its value: 时期：2020年 / Period: 2020. */
  readonly colon: string;
  /**
   * After a sentence or a label that ends in its own punctuation, before the next text or link:
   * nothing after Chinese 。 or ：, a space after English . or :.
   */
  readonly sentenceJoiner: string;
  /** Between two links on one line (a chart's downloads): CSV；PNG / CSV · PNG. */
  readonly linkSeparator: string;
  /** Between a numbered figure's number and its title: 图3, an ideographic space (U+3000), 标题 / Figure 3. Title. */
  readonly numberTitleSeparator: string;
}

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
  /** Locale for `Intl.NumberFormat`: the language's digits and large-number words (万, 亿; million). */
  readonly numberLocale: string;
  /** The language's name in English, for messages to editors: "an English text (en) is required". */
  readonly englishName: string;
  readonly typography: Typography;
  /** The citation style its readers expect (src/lib/cite/citation-styles.ts). */
  readonly citationStyle: CitationStyleName;
}

/** The citation styles the site writes: GB/T 7714-2015 (Chinese), APA 7 (English). */
export type CitationStyleName = 'gb-t-7714' | 'apa';

export const localeInfo: Record<Locale, LocaleInfo> = {
  zh: {
    tag: 'zh-CN',
    pathPrefix: '',
    ogLocale: 'zh_CN',
    nativeName: '简体中文',
    dateLocale: 'zh-CN',
    numberLocale: 'zh-CN',
    englishName: 'Chinese',
    citationStyle: 'gb-t-7714',
    typography: {
      listSeparator: '、',
      semicolon: '；',
      colon: '：',
      sentenceJoiner: '',
      linkSeparator: '；',
      numberTitleSeparator: '\u3000',
    },
  },
  en: {
    tag: 'en',
    pathPrefix: 'en',
    ogLocale: 'en_GB',
    nativeName: 'English',
    dateLocale: 'en-GB',
    numberLocale: 'en',
    englishName: 'English',
    citationStyle: 'apa',
    typography: {
      listSeparator: ', ',
      semicolon: '; ',
      colon: ': ',
      sentenceJoiner: ' ',
      linkSeparator: ' · ',
      numberTitleSeparator: '. ',
    },
  },
};

/** The typography of a locale's running text (see Typography). */
export function typography(locale: Locale): Typography {
  return localeInfo[locale].typography;
}

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
