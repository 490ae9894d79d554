import type { Locale } from '../../i18n/locales.ts';
import { localeConventions } from '../../i18n/conventions.ts';
import { formatNumber } from '../format/format-number.ts';

/*
 * The labels of a value axis. In prose, Chinese writes counts of 万 and more in 万 and 亿, and
 * English names millions (src/lib/format/format-number.ts). On an axis whose ticks only just reach
 * that size, that mixes two ways of writing ("9000" under "1万"; "900,000" under "1 million"), so
 * an axis is written one way throughout: digits while its largest tick is below `wordsFrom`, the
 * prose's way above it, where every step is large enough to be written so.
 */
const wordsFrom: Record<Locale, number> = { zh: 100_000, en: 10_000_000, 'zh-Hant': 100_000 };

/** Digits as the language writes them below its words: Chinese with no thousands separator (8423), English grouped (62,000). */
const chineseDigits = (locale: Locale) =>
  new Intl.NumberFormat(localeConventions[locale].numberLocale, { useGrouping: false, maximumFractionDigits: 20 });
const digits: Record<Locale, Intl.NumberFormat> = {
  zh: chineseDigits('zh'),
  en: new Intl.NumberFormat(localeConventions.en.numberLocale, { maximumFractionDigits: 20 }),
  'zh-Hant': chineseDigits('zh-Hant'),
};

/** The labels of an axis's ticks, in order. */
export function axisTickLabels(values: readonly number[], locale: Locale): string[] {
  const largest = Math.max(0, ...values.map(Math.abs));
  return largest < wordsFrom[locale]
    ? values.map((value) => digits[locale].format(value))
    : values.map((value) => formatNumber(value, locale));
}
