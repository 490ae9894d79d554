/*
 * Numbers written as words, where each language's official style writes them so: the Chinese
 * idiom for a round "over" amount (超百亿元, 超千万件), the Chinese numerals the source uses for a few
 * small counts (两个机房, 四所), and English words for counts from one to nine without a qualifier, in prose.
 */

/** 10^4 … 10^12 as Chinese number words: 超万件, 超百万件, 超千万件, 超亿件, 超百亿元. */
const zhPowersOfTen = new Map<number, string>([
  [1e4, '万'],
  [1e5, '十万'],
  [1e6, '百万'],
  [1e7, '千万'],
  [1e8, '亿'],
  [1e9, '十亿'],
  [1e10, '百亿'],
  [1e11, '千亿'],
  [1e12, '万亿'],
]);

/** 百万 for 1000000: the word of a round power of ten, or undefined for any other number. */
export function zhRoundWord(value: number): string | undefined {
  return zhPowersOfTen.get(value);
}

/** Before a measure word, 2 is 两 (两个, not 二个). */
const zhNumerals = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 两 for 2, 四 for 4: a count from one to ten in Chinese numerals, or undefined beyond. */
export function zhCountWord(value: number): string | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 10 ? zhNumerals[value] : undefined;
}

const enNumerals = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "six" for 6: a count from one to nine in words, or undefined beyond. */
export function enCountWord(value: number): string | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 9 ? enNumerals[value] : undefined;
}
