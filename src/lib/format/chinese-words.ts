import type { Qualifier, Unit } from '../../schemas/figure.ts';

/*
 * The words a Chinese figure is written with, one table per script: Simplified (zh) and
 * Traditional (zh-Hant) Chinese write figures the same way (7000余家, 超百亿元, 约36个百分点) with
 * different characters for some words (余/餘, 亿/億, 约/約, 个/個, 两/兩). One writer
 * (format-figure.ts) takes the table of the locale's script.
 */
export interface ChineseWords {
  /** The unit after the number: 件, 元, %, 个百分点. */
  readonly units: Readonly<Record<Exclude<Unit, object>, string>>;
  /** Before the number: 约, 近, 至少. */
  readonly qualifierPrefixes: Readonly<Record<Exclude<Qualifier, 'none' | 'over'>, string>>;
  /** "Over": 余 between a count and its measure word, 超 (short) or 超过 before other amounts. */
  readonly over: { readonly afterCount: string; readonly short: string; readonly long: string };
  /** 10^4 … 10^12 as number words, for a round "over" amount: 超万件, 超百亿元. */
  readonly powersOfTen: ReadonlyMap<number, string>;
  /** One to ten as numerals before a measure word, 2 as 两 (两个, not 二个); index 0 unused. */
  readonly numerals: readonly string[];
  /** A period: a threshold's words (no period), a year, the end of a year. */
  readonly periods: { readonly none: string; readonly year: (year: number) => string; readonly endOfYear: (year: number) => string };
}

const powers = (ten: string, hundredMillion: string) =>
  new Map<number, string>([
    [1e4, ten],
    [1e5, `十${ten}`],
    [1e6, `百${ten}`],
    [1e7, `千${ten}`],
    [1e8, hundredMillion],
    [1e9, `十${hundredMillion}`],
    [1e10, `百${hundredMillion}`],
    [1e11, `千${hundredMillion}`],
    [1e12, `${ten}${hundredMillion}`],
  ]);

const chineseNumerals = (two: string) => ['', '一', two, '三', '四', '五', '六', '七', '八', '九', '十'];

export const simplifiedWords: ChineseWords = {
  units: { items: '件', yuan: '元', percent: '%', 'percentage-points': '个百分点' },
  qualifierPrefixes: { about: '约', nearly: '近', 'at-least': '至少' },
  over: { afterCount: '余', short: '超', long: '超过' },
  powersOfTen: powers('万', '亿'),
  numerals: chineseNumerals('两'),
  periods: { none: '无（分类标准）', year: (year) => `${year}年`, endOfYear: (year) => `截至${year}年底` },
};

export const traditionalWords: ChineseWords = {
  units: { items: '件', yuan: '元', percent: '%', 'percentage-points': '個百分點' },
  qualifierPrefixes: { about: '約', nearly: '近', 'at-least': '至少' },
  over: { afterCount: '餘', short: '超', long: '超過' },
  powersOfTen: powers('萬', '億'),
  numerals: chineseNumerals('兩'),
  periods: { none: '無（分類標準）', year: (year) => `${year}年`, endOfYear: (year) => `截至${year}年底` },
};
