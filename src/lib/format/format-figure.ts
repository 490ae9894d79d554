import { localeInfo, type Locale } from '../../i18n/locales.ts';
import type { Figure, Period, PeriodKind, Qualifier } from '../../schemas/figure.ts';
import { formatNumber } from './format-number.ts';
import { simplifiedWords, traditionalWords, type ChineseWords } from './chinese-words.ts';
import { countedWord } from './counted-word.ts';
import { chineseCountWord, chineseRoundWord, enCountWord } from './number-words.ts';

type Measured = Pick<Figure, 'value' | 'unit' | 'qualifier'> & Partial<Pick<Figure, 'zhNumerals' | 'zhShortOver'>>;

/**
 * How a figure is written. `context`: in running prose (a <Stat>, a chart description) small counts
 * the source gives without a qualifier are words; tables, charts and cards keep digits. `form`: `number` leaves the unit out, for
 * a sentence that has named it already ("of whom 96", 其中96).
 */
export interface FigureStyle {
  context?: 'prose' | 'table';
  form?: 'full' | 'number';
}

/**
 * Chinese: 7000余家, 6.2万个, 超过50%, 21.2亿件, 超4400亿元, 36个百分点, 近4000人, in the words of
 * the locale's script (Traditional: 7000餘家, 21.2億件, 36個百分點).
 * "Over" is 余 between the number and a measure word (the usual form for counts), 超 with the
 * number word for a round amount (超百亿元, 超千万件), and 超过 before other amounts and shares,
 * or 超 where the source writes it so (`zhShortOver`).
 */
function chineseWriter(words: ChineseWords, locale: Locale) {
  return ({ value, unit, qualifier, zhNumerals, zhShortOver }: Measured, { context, form }: FigureStyle): string => {
    const isCount = typeof unit === 'object';
    const unitText = form === 'number' ? '' : isCount ? countedWord(unit, locale, value, qualifier) : words.units[unit];
    const inWords = zhNumerals === true && context === 'prose' && qualifier === 'none' ? chineseCountWord(value, words) : undefined;
    const number = inWords ?? formatNumber(value, locale);
    if (qualifier === 'none') return `${number}${unitText}`;
    if (qualifier === 'over') {
      if (isCount) return `${number}${words.over.afterCount}${unitText}`;
      const round = chineseRoundWord(value, words);
      if (round !== undefined) return `${words.over.short}${round}${unitText}`;
      return `${zhShortOver === true ? words.over.short : words.over.long}${number}${unitText}`;
    }
    return `${words.qualifierPrefixes[qualifier]}${number}${unitText}`;
  };
}

const enQualifierPrefix: Record<Qualifier, string> = {
  none: '',
  over: 'more than ',
  about: 'about ',
  nearly: 'nearly ',
  'at-least': 'at least ',
};

/** English: more than 7,000 enterprises, six postal services, 1 base, 2.12 billion items, CNY 440 billion. */
function formatEn({ value, unit, qualifier }: Measured, { context, form }: FigureStyle): string {
  const counted = typeof unit === 'object' || unit === 'items';
  const inWords = counted && context === 'prose' && qualifier === 'none' ? enCountWord(value) : undefined;
  const number = inWords ?? formatNumber(value, 'en');
  // "more than 1 item" is still items: only a one without a qualifier is singular.
  const singular = value === 1 && qualifier === 'none';
  let amount: string;
  if (form === 'number') amount = number;
  else if (typeof unit === 'object') amount = `${number} ${countedWord(unit, 'en', value, qualifier)}`;
  else if (unit === 'items') amount = `${number} ${singular ? 'item' : 'items'}`;
  else if (unit === 'yuan') amount = `CNY ${number}`;
  else if (unit === 'percent') amount = `${number}%`;
  else amount = `${number} ${singular ? 'percentage point' : 'percentage points'}`;
  return `${enQualifierPrefix[qualifier]}${amount}`;
}

/** Each language's way of writing a figure: a new locale is a compile error here until it has one. */
const figureWriters: Record<Locale, (figure: Measured, style: FigureStyle) => string> = {
  zh: chineseWriter(simplifiedWords, 'zh'),
  en: formatEn,
  'zh-Hant': chineseWriter(traditionalWords, 'zh-Hant'),
};

/** The figure as a reader sees it: number, qualifier and unit, in the locale's own conventions. */
export function formatFigure(figure: Measured, locale: Locale, style: FigureStyle = {}): string {
  return figureWriters[locale](figure, style);
}

/** A year's result, a total at the end of a year, or a definition with no period. */
export function periodKind(period: Period): PeriodKind {
  if (period === 'none') return 'definition';
  return typeof period === 'number' ? 'year' : 'end-of-year';
}

const periodWords: Record<Locale, ChineseWords['periods']> = {
  zh: simplifiedWords.periods,
  en: { none: 'none (a threshold)', year: String, endOfYear: (year) => `end of ${year}` },
  'zh-Hant': traditionalWords.periods,
};

/**
 * "2020年" / "2020" for a year; "截至2020年底" / "end of 2020" for a total at the end of it;
 * for a threshold, words that say it has no period.
 */
export function formatPeriod(period: Period, locale: Locale): string {
  const words = periodWords[locale];
  if (period === 'none') return words.none;
  return typeof period === 'number' ? words.year(period) : words.endOfYear(period.endOf);
}

/*
 * One formatter per locale for the whole build: creating an Intl.DateTimeFormat costs about a tenth
 * of a millisecond, and every page's footer formats dates (0.4 s of a 1,000-page build).
 */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "2021年1月4日" / "4 January 2021". Dates in content are calendar dates, so they are read as UTC. */
export function formatDate(date: Date, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(localeInfo[locale].dateLocale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}
