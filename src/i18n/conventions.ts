import type { Locale } from './locales.ts';

/*
 * How each language writes what the code puts together: typography, numbers, citations, fonts.
 * A table of its own beside localeInfo (src/i18n/locales.ts), which the 404 page's script bundles
 * to read a path's language: these conventions stay out of that script. Typed Record<Locale, …>,
 * so a new locale is a compile error here until it has every one.
 */

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
  /** Before a bracketed aside, with the space English puts before it: 国家邮政局（SPB） / State Post Bureau (SPB). */
  readonly openBracket: string;
  /** After a bracketed aside: ） / ). */
  readonly closeBracket: string;
  /** Between a numbered figure's number and its title: 图3, an ideographic space (U+3000), 标题 / Figure 3. Title. */
  readonly numberTitleSeparator: string;
}

/** The citation styles the site writes: GB/T 7714-2015 (Chinese), APA 7 (English). */
export type CitationStyleName = 'gb-t-7714' | 'apa';

export interface LocaleConventions {
  /** Locale for `Intl.NumberFormat`: the language's digits and large-number words (万, 亿; million). */
  readonly numberLocale: string;
  /** The language's name in English, for messages to editors: "an English text (en) is required". */
  readonly englishName: string;
  readonly typography: Typography;
  /** The citation style its readers expect (src/lib/cite/citation-styles.ts). */
  readonly citationStyle: CitationStyleName;
  /**
   * The Fontsource packages that draw the language's text in images (preview images, charts), first
   * choice first: each character comes from the first that holds it (src/i18n/fonts.ts).
   */
  readonly fontPackages: readonly string[];
  /**
   * Whether a count's number is followed by a measure word (Chinese 个, 家, 人次: a few characters,
   * the same in every number) rather than a noun in its grammatical numbers (village, villages).
   */
  readonly countsWithMeasureWords: boolean;
}

/** Chinese full-width typography: the same in Simplified and Traditional. */
const chineseTypography: Typography = {
  listSeparator: '、',
  semicolon: '；',
  colon: '：',
  sentenceJoiner: '',
  linkSeparator: '；',
  openBracket: '（',
  closeBracket: '）',
  numberTitleSeparator: '\u3000',
};

export const localeConventions: Record<Locale, LocaleConventions> = {
  zh: {
    numberLocale: 'zh-CN',
    englishName: 'Chinese',
    citationStyle: 'gb-t-7714',
    fontPackages: ['@fontsource/noto-sans-sc'],
    countsWithMeasureWords: true,
    typography: chineseTypography,
  },
  en: {
    numberLocale: 'en',
    englishName: 'English',
    citationStyle: 'apa',
    // Latin letters, quotes and dashes from Noto Sans (in Noto Sans SC, “ and ’ are full-width), a Chinese word from Noto Sans SC.
    fontPackages: ['@fontsource/noto-sans', '@fontsource/noto-sans-sc'],
    countsWithMeasureWords: false,
    typography: {
      listSeparator: ', ',
      semicolon: '; ',
      colon: ': ',
      sentenceJoiner: ' ',
      linkSeparator: ' · ',
      openBracket: ' (',
      closeBracket: ')',
      numberTitleSeparator: '. ',
    },
  },
  'zh-Hant': {
    // Intl writes 萬 and 億 for it.
    numberLocale: 'zh-Hant',
    englishName: 'Traditional Chinese',
    citationStyle: 'gb-t-7714',
    // Noto Sans SC holds the Traditional characters of common text as well (萬, 億, 個, 體); a
    // Traditional Chinese font package (Noto Sans TC, 40 MB) is left out until a text needs it.
    fontPackages: ['@fontsource/noto-sans-sc'],
    countsWithMeasureWords: true,
    typography: chineseTypography,
  },
};

/** The typography of a locale's running text (see Typography). */
export function typography(locale: Locale): Typography {
  return localeConventions[locale].typography;
}
