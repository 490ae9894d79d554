import { describe, expect, test } from 'vitest';
import { axisTickLabels } from '../../src/lib/charts/axis-ticks.ts';
import { countedThings, countedWord } from '../../src/lib/format/counted-word.ts';
import { formatFigure, formatPeriod } from '../../src/lib/format/format-figure.ts';
import { formatNumber } from '../../src/lib/format/format-number.ts';
import { unitName } from '../../src/lib/format/unit-name.ts';
import type { Unit } from '../../src/schemas/figure.ts';

/*
 * One Chinese writer, a word table per script: Traditional Chinese (zh-Hant) writes figures as
 * Simplified does, in its own characters. And a counted thing's word per locale, chosen with the
 * language's plural rules.
 */
// Built as the schema's output for a publication with all three languages (the real report's schema has two).
const households = { zh: '户', 'zh-Hant': '戶', en: { one: 'household', other: 'households' } } as Extract<Unit, object>;

describe('Chinese figures in each script', () => {
  test.each([
    [{ value: 62000, unit: households, qualifier: 'none' }, '6.2万户', '6.2萬戶'],
    [{ value: 2_120_000_000, unit: 'items', qualifier: 'none' }, '21.2亿件', '21.2億件'],
    [{ value: 7000, unit: households, qualifier: 'over' }, '7000余户', '7000餘戶'],
    [{ value: 1e10, unit: 'yuan', qualifier: 'over' }, '超百亿元', '超百億元'],
    [{ value: 50, unit: 'percent', qualifier: 'over' }, '超过50%', '超過50%'],
    [{ value: 36, unit: 'percentage-points', qualifier: 'about' }, '约36个百分点', '約36個百分點'],
  ] as const)('%j: %s / %s', (figure, simplified, traditional) => {
    expect(formatFigure(figure, 'zh')).toBe(simplified);
    expect(formatFigure(figure, 'zh-Hant')).toBe(traditional);
  });

  test('small counts in numerals: 两 / 兩', () => {
    const two = { value: 2, unit: households, qualifier: 'none', zhNumerals: true } as const;
    expect(formatFigure(two, 'zh', { context: 'prose' })).toBe('两户');
    expect(formatFigure(two, 'zh-Hant', { context: 'prose' })).toBe('兩戶');
  });

  test('numbers, periods, unit names and axis ticks', () => {
    expect(formatNumber(125_000_000, 'zh-Hant')).toBe('1.25億');
    expect(formatNumber(8423, 'zh-Hant')).toBe('8423');
    expect(formatPeriod({ endOf: 2023 }, 'zh-Hant')).toBe('截至2023年底');
    expect(formatPeriod('none', 'zh-Hant')).toBe('無（分類標準）');
    expect(unitName('percentage-points', 'zh-Hant')).toBe('個百分點');
    expect(axisTickLabels([0, 500_000, 1_000_000], 'zh-Hant')).toEqual(['0', '50萬', '100萬']);
  });
});

describe('countedWord', () => {
  test('one word for every number, or the noun form the plural rules choose', () => {
    expect(countedWord(households, 'zh-Hant', 1)).toBe('戶');
    expect(countedWord(households, 'en', 1)).toBe('household');
    expect(countedWord(households, 'en', 2)).toBe('households');
    expect(countedWord(households, 'en', 1.5)).toBe('households');
  });

  test('a qualified count takes the form of many: "more than 1 household"', () => {
    expect(countedWord(households, 'en', 1, 'over')).toBe('households');
  });

  test('any locale may give a noun in its numbers, and any a single word', () => {
    const mixed = { zh: { one: '户', other: '户' }, 'zh-Hant': '戶', en: 'household data' } as Extract<Unit, object>;
    expect(countedWord(mixed, 'zh', 1)).toBe('户');
    expect(countedWord(mixed, 'en', 2)).toBe('household data');
    expect(countedThings(mixed, 'zh')).toBe('户');
  });
});
