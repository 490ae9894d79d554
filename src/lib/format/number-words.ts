import type { ChineseWords } from './chinese-words.ts';

/*
 * Numbers written as words, where each language's official style writes them so: the Chinese
 * idiom for a round "over" amount (超百亿元, 超千万件), the Chinese numerals the source uses for a few
 * small counts (两个机房, 四所), and English words for counts from one to nine without a qualifier, in prose.
 */

/** 百万 for 1000000: the word of a round power of ten in the script's words, or undefined for any other number. */
export function chineseRoundWord(value: number, words: ChineseWords): string | undefined {
  return words.powersOfTen.get(value);
}

/** 两 for 2, 四 for 4: a count from one to ten in Chinese numerals, or undefined beyond. */
export function chineseCountWord(value: number, words: ChineseWords): string | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 10 ? words.numerals[value] : undefined;
}

const enNumerals = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "six" for 6: a count from one to nine in words, or undefined beyond. */
export function enCountWord(value: number): string | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 9 ? enNumerals[value] : undefined;
}
