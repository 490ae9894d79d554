import type { Locale } from '../../i18n/locales.ts';
import { localeConventions } from '../../i18n/conventions.ts';

/*
 * Numbers are written as each language's readers expect them in official statistics:
 * Chinese counts in 万 and 亿 (Traditional 萬 and 億) with no thousands separator (6.2万, 21.2亿, 8423);
 * English groups thousands and names millions and billions (62,000; 2.12 billion).
 * All significant digits are kept: a figure is never rounded on its way to the page.
 */
const allDigits = { maximumSignificantDigits: 21 } as const;

/** Chinese in 万 and 亿 (Traditional: 萬 and 億), as Intl's compact notation writes them for the locale. */
const chineseCompact = (locale: Locale) => {
  const format = new Intl.NumberFormat(localeConventions[locale].numberLocale, { notation: 'compact', ...allDigits });
  return (value: number) => format.format(value);
};
const enGrouped = new Intl.NumberFormat(localeConventions.en.numberLocale, { maximumFractionDigits: 20 });
const enLarge = new Intl.NumberFormat(localeConventions.en.numberLocale, { notation: 'compact', compactDisplay: 'long', ...allDigits });

/** Below a million, English readers expect digits ("293,000", not "293 thousand"). */
const EN_WORDS_FROM = 1_000_000;

/** Each language's way of writing a number: a new locale is a compile error here until it has one. */
const numberWriters: Record<Locale, (value: number) => string> = {
  zh: chineseCompact('zh'),
  en: (value) => (Math.abs(value) >= EN_WORDS_FROM ? enLarge.format(value) : enGrouped.format(value)),
  'zh-Hant': chineseCompact('zh-Hant'),
};

export function formatNumber(value: number, locale: Locale): string {
  return numberWriters[locale](value);
}
