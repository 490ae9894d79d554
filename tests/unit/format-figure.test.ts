import { describe, expect, test } from 'vitest';
import { formatDate, formatFigure, formatPeriod } from '../../src/lib/format/format-figure.ts';
import { formatNumber } from '../../src/lib/format/format-number.ts';
import type { Qualifier, Unit } from '../../src/schemas/figure.ts';

const villages: Unit = { zh: '个', en: 'administrative villages' };
const enterprises: Unit = { zh: '家', en: 'enterprises' };

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
    const figure = { value, unit, qualifier: 'exact' as const };
    expect(formatFigure(figure, 'zh')).toBe(zh);
    expect(formatFigure(figure, 'en')).toBe(en);
  });
});

describe('formatFigure: every qualifier in both languages', () => {
  test.each<[Qualifier, Unit, number, string, string]>([
    ['exact', enterprises, 1087, '1087家', '1,087 enterprises'],
    ['over', enterprises, 7000, '7000余家', 'more than 7,000 enterprises'],
    ['over', { zh: '人次', en: 'trainees' }, 293000, '29.3万余人次', 'more than 293,000 trainees'],
    ['over', 'percent', 50, '超过50%', 'more than 50%'],
    ['over', 'yuan', 10000000000, '超过100亿元', 'more than CNY 10 billion'],
    ['over', 'items', 30000000000, '超过300亿件', 'more than 30 billion items'],
    ['about', 'items', 9150000, '约915万件', 'about 9.15 million items'],
    ['nearly', { zh: '人', en: 'students' }, 4000, '近4000人', 'nearly 4,000 students'],
    ['at-least', 'percentage-points', 36, '至少36个百分点', 'at least 36 percentage points'],
  ])('%s %d', (qualifier, unit, value, zh, en) => {
    expect(formatFigure({ value, unit, qualifier }, 'zh')).toBe(zh);
    expect(formatFigure({ value, unit, qualifier }, 'en')).toBe(en);
  });
});

describe('formatPeriod and formatDate', () => {
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
