import { localeInfo, type Locale } from '../../i18n/locales.ts';
import type { Figure, Period, Qualifier, Unit } from '../../schemas/figure.ts';
import { formatNumber } from './format-number.ts';

type Measured = Pick<Figure, 'value' | 'unit' | 'qualifier'>;

const zhUnitText: Record<Exclude<Unit, object>, string> = {
  items: '件',
  yuan: '元',
  percent: '%',
  'percentage-points': '个百分点',
};

const zhQualifierPrefix: Record<Exclude<Qualifier, 'exact' | 'over'>, string> = {
  about: '约',
  nearly: '近',
  'at-least': '至少',
};

/**
 * Chinese: 7000余家, 6.2万个, 超过50%, 21.2亿件, 超过4400亿元, 36个百分点, 近4000人.
 * "Over" is 余 between the number and a measure word (the usual form for counts),
 * and 超过 before amounts, volumes and shares.
 */
function formatZh({ value, unit, qualifier }: Measured): string {
  const number = formatNumber(value, 'zh');
  const isCount = typeof unit === 'object';
  const unitText = isCount ? unit.zh : zhUnitText[unit];
  if (qualifier === 'exact') return `${number}${unitText}`;
  if (qualifier === 'over') return isCount ? `${number}余${unitText}` : `超过${number}${unitText}`;
  return `${zhQualifierPrefix[qualifier]}${number}${unitText}`;
}

const enQualifierPrefix: Record<Qualifier, string> = {
  exact: '',
  over: 'more than ',
  about: 'about ',
  nearly: 'nearly ',
  'at-least': 'at least ',
};

/** English: more than 7,000 enterprises, 62,000 villages, more than 50%, 2.12 billion items, CNY 440 billion. */
function formatEn({ value, unit, qualifier }: Measured): string {
  const number = formatNumber(value, 'en');
  const singular = value === 1;
  let amount: string;
  if (typeof unit === 'object') amount = `${number} ${unit.en}`;
  else if (unit === 'items') amount = `${number} ${singular ? 'item' : 'items'}`;
  else if (unit === 'yuan') amount = `CNY ${number}`;
  else if (unit === 'percent') amount = `${number}%`;
  else amount = `${number} ${singular ? 'percentage point' : 'percentage points'}`;
  return `${enQualifierPrefix[qualifier]}${amount}`;
}

/** The figure as a reader sees it: number, qualifier and unit, in the locale's own conventions. */
export function formatFigure(figure: Measured, locale: Locale): string {
  return locale === 'zh' ? formatZh(figure) : formatEn(figure);
}

/** "2020年" / "2020" for a year; "截至2020年底" / "end of 2020" for a total at the end of it. */
export function formatPeriod(period: Period, locale: Locale): string {
  if (typeof period === 'number') return locale === 'zh' ? `${period}年` : String(period);
  return locale === 'zh' ? `截至${period.endOf}年底` : `end of ${period.endOf}`;
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
