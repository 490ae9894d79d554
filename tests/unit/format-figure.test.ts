import { describe, expect, test } from 'vitest';
import { formatDate, formatFigure, formatPeriod, periodKind } from '../../src/lib/format/format-figure.ts';
import { formatNumber } from '../../src/lib/format/format-number.ts';
import { unit, type Figure, type Qualifier, type Unit } from '../../src/schemas/figure.ts';

const villages: Unit = unit.parse({ zh: '个', en: { one: 'administrative village', other: 'administrative villages' } });
const enterprises: Unit = unit.parse({ zh: '家', en: { one: 'enterprise', other: 'enterprises' } });
const bases: Unit = unit.parse({ zh: '所', en: { one: 'base', other: 'bases' } });

describe('formatNumber', () => {
  test.each([
    [7000, '7000', '7,000'],
    [8423, '8423', '8,423'],
    [62000, '6.2万', '62,000'],
    [293000, '29.3万', '293,000'],
    [9150000, '915万', '9.15 million'],
    [2120000000, '21.2亿', '2.12 billion'],
    [440000000000, '4400亿', '440 billion'],
    [1234567, '123.4567万', '1.234567 million'],
    [0.5, '0.5', '0.5'],
  ])('%d is "%s" in Chinese and "%s" in English, with no digit lost', (value, zh, en) => {
    expect(formatNumber(value, 'zh')).toBe(zh);
    expect(formatNumber(value, 'en')).toBe(en);
  });
});

describe('formatFigure: every unit in both languages', () => {
  test.each<[string, Unit, number, string, string]>([
    ['items', 'items', 2120000000, '21.2亿件', '2.12 billion items'],
    ['one item', 'items', 1, '1件', '1 item'],
    ['yuan', 'yuan', 440000000000, '4400亿元', 'CNY 440 billion'],
    ['percent', 'percent', 50, '50%', '50%'],
    ['percentage points', 'percentage-points', 36, '36个百分点', '36 percentage points'],
    ['one percentage point', 'percentage-points', 1, '1个百分点', '1 percentage point'],
    ['a counted thing', villages, 62000, '6.2万个', '62,000 administrative villages'],
  ])('%s', (_, unit, value, zh, en) => {
    const figure = { value, unit, qualifier: 'none' as const };
    expect(formatFigure(figure, 'zh')).toBe(zh);
    expect(formatFigure(figure, 'en')).toBe(en);
  });
});

describe('formatFigure: every qualifier in both languages', () => {
  test.each<[Qualifier, Unit, number, string, string]>([
    ['none', enterprises, 1087, '1087家', '1,087 enterprises'],
    ['over', enterprises, 7000, '7000余家', 'more than 7,000 enterprises'],
    [
      'over',
      unit.parse({ zh: '人次', en: { one: 'person-time', other: 'person-times' } }),
      293000,
      '29.3万余人次',
      'more than 293,000 person-times',
    ],
    ['over', 'percent', 50, '超过50%', 'more than 50%'],
    ['over', 'yuan', 10000000000, '超百亿元', 'more than CNY 10 billion'],
    ['over', 'yuan', 440000000000, '超过4400亿元', 'more than CNY 440 billion'],
    ['over', 'items', 30000000000, '超过300亿件', 'more than 30 billion items'],
    ['about', 'items', 9150000, '约915万件', 'about 9.15 million items'],
    ['nearly', unit.parse({ zh: '人', en: { one: 'student', other: 'students' } }), 4000, '近4000人', 'nearly 4,000 students'],
    ['at-least', 'percentage-points', 36, '至少36个百分点', 'at least 36 percentage points'],
  ])('%s %d', (qualifier, unit, value, zh, en) => {
    expect(formatFigure({ value, unit, qualifier }, 'zh')).toBe(zh);
    expect(formatFigure({ value, unit, qualifier }, 'en')).toBe(en);
  });
});

describe('formatFigure: the idiom for a round "over" amount in Chinese', () => {
  test.each<[Unit, number, string, string]>([
    ['yuan', 1e10, '超百亿元', 'more than CNY 10 billion'],
    ['items', 1e7, '超千万件', 'more than 10 million items'],
    ['items', 1e6, '超百万件', 'more than 1 million items'],
    ['items', 1e8, '超亿件', 'more than 100 million items'],
    ['items', 3e10, '超过300亿件', 'more than 30 billion items'],
  ])('%s %d', (unit, value, zh, en) => {
    expect(formatFigure({ value, unit, qualifier: 'over' }, 'zh')).toBe(zh);
    expect(formatFigure({ value, unit, qualifier: 'over' }, 'en')).toBe(en);
  });

  test('zhShortOver writes 超 where the source does (超4400亿元); English and round amounts do not change', () => {
    expect(formatFigure({ value: 44e10, unit: 'yuan', qualifier: 'over', zhShortOver: true }, 'zh')).toBe('超4400亿元');
    expect(formatFigure({ value: 44e10, unit: 'yuan', qualifier: 'over', zhShortOver: true }, 'en')).toBe('more than CNY 440 billion');
    expect(formatFigure({ value: 1e10, unit: 'yuan', qualifier: 'over', zhShortOver: true }, 'zh')).toBe('超百亿元');
    expect(formatFigure({ value: 44e10, unit: 'yuan', qualifier: 'over', zhShortOver: true }, 'zh', { form: 'number' })).toBe('超4400亿');
  });

  test('a count keeps 余, even when round', () => {
    expect(formatFigure({ value: 1e4, unit: enterprises, qualifier: 'over' }, 'zh')).toBe('1万余家');
  });
});

describe('formatFigure: small counts in prose', () => {
  test.each<[number, string, string]>([
    [1, 'one base', '1 base'],
    [6, 'six bases', '6 bases'],
    [9, 'nine bases', '9 bases'],
    [10, '10 bases', '10 bases'],
  ])('English %d: "%s" in prose, "%s" in a table', (value, prose, table) => {
    const figure = { value, unit: bases, qualifier: 'none' as const };
    expect(formatFigure(figure, 'en', { context: 'prose' })).toBe(prose);
    expect(formatFigure(figure, 'en', { context: 'table' })).toBe(table);
    expect(formatFigure(figure, 'en')).toBe(table);
  });

  test('English: items are counted too; shares, amounts and inexact counts keep digits', () => {
    expect(formatFigure({ value: 2, unit: 'items', qualifier: 'none' }, 'en', { context: 'prose' })).toBe('two items');
    expect(formatFigure({ value: 5, unit: 'percent', qualifier: 'none' }, 'en', { context: 'prose' })).toBe('5%');
    expect(formatFigure({ value: 5, unit: bases, qualifier: 'over' }, 'en', { context: 'prose' })).toBe('more than 5 bases');
  });

  test('Chinese: digits, unless the source writes the count in numerals (两个, 四所), and then only in prose', () => {
    expect(formatFigure({ value: 6, unit: bases, qualifier: 'none' }, 'zh', { context: 'prose' })).toBe('6所');
    expect(formatFigure({ value: 4, unit: bases, qualifier: 'none', zhNumerals: true }, 'zh', { context: 'prose' })).toBe('四所');
    expect(formatFigure({ value: 2, unit: villages, qualifier: 'none', zhNumerals: true }, 'zh', { context: 'prose' })).toBe('两个');
    expect(formatFigure({ value: 4, unit: bases, qualifier: 'none', zhNumerals: true }, 'zh', { context: 'table' })).toBe('4所');
    expect(formatFigure({ value: 12, unit: bases, qualifier: 'none', zhNumerals: true }, 'zh', { context: 'prose' })).toBe('12所');
  });
});

describe('formatFigure: singular and plural nouns', () => {
  test.each<[number, Figure['qualifier'], string]>([
    [1, 'none', '1 base'],
    [2, 'none', '2 bases'],
    [1, 'over', 'more than 1 bases'],
    [0, 'none', '0 bases'],
  ])('%d (%s) is "%s"', (value, qualifier, en) => {
    expect(formatFigure({ value, unit: bases, qualifier }, 'en')).toBe(en);
  });
});

describe('formatFigure: the number without its unit', () => {
  test.each<[Unit, number, Figure['qualifier'], string, string]>([
    [unit.parse({ zh: '人', en: { one: 'person', other: 'people' } }), 96, 'none', '96', '96'],
    [enterprises, 7000, 'over', '7000余', 'more than 7,000'],
    [bases, 4, 'none', '4', 'four'],
    ['items', 1e7, 'over', '超千万', 'more than 10 million'],
  ])('%o %d %s', (unit, value, qualifier, zh, en) => {
    expect(formatFigure({ value, unit, qualifier }, 'zh', { context: 'prose', form: 'number' })).toBe(zh);
    expect(formatFigure({ value, unit, qualifier }, 'en', { context: 'prose', form: 'number' })).toBe(en);
  });
});

describe('formatPeriod and formatDate', () => {
  test('a threshold has no period, and says so', () => {
    expect(formatPeriod('none', 'zh')).toBe('无（分类标准）');
    expect(formatPeriod('none', 'en')).toBe('none (a threshold)');
    expect([periodKind(2020), periodKind({ endOf: 2020 }), periodKind('none')]).toEqual(['year', 'end-of-year', 'definition']);
  });

  test('a year, and a total at the end of a year', () => {
    expect(formatPeriod(2020, 'zh')).toBe('2020年');
    expect(formatPeriod(2020, 'en')).toBe('2020');
    expect(formatPeriod({ endOf: 2020 }, 'zh')).toBe('截至2020年底');
    expect(formatPeriod({ endOf: 2020 }, 'en')).toBe('end of 2020');
  });

  test('a calendar date, whatever the machine time zone', () => {
    const date = new Date('2021-01-04');
    expect(formatDate(date, 'zh')).toBe('2021年1月4日');
    expect(formatDate(date, 'en')).toBe('4 January 2021');
  });
});
