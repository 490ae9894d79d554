import { describe, expect, test } from 'vitest';
import { valueCells } from '../../src/lib/dataset/table-cells.ts';
import { rowMatches, sortRows, type TableRow } from '../../src/lib/dataset/table-order.ts';
import { unit, type Unit } from '../../src/schemas/figure.ts';

const bases: Unit = unit.parse({ zh: '所', en: { one: 'base', other: 'bases' } });

describe('valueCells: the number alone, and the unit in its own column', () => {
  test.each<[string, number, Unit, 'none' | 'over', [string, string], [string, string]]>([
    ['a counted thing', 62000, bases, 'none', ['6.2万', '所'], ['62,000', 'bases']],
    ['exactly one', 1, bases, 'none', ['1', '所'], ['1', 'base']],
    ['more than one: still plural', 1, bases, 'over', ['1', '所'], ['1', 'bases']],
    ['one item', 1, 'items', 'none', ['1', '件'], ['1', 'item']],
    ['billions of items', 2120000000, 'items', 'over', ['21.2亿', '件'], ['2.12 billion', 'items']],
    ['yuan', 440000000000, 'yuan', 'over', ['4400亿', '元'], ['440 billion', 'yuan (CNY)']],
    ['percent', 50, 'percent', 'over', ['50', '%'], ['50', 'percent']],
    ['percentage points', 36, 'percentage-points', 'none', ['36', '个百分点'], ['36', 'percentage points']],
  ])('%s', (_, value, unit, qualifier, zh, en) => {
    const figure = { value, unit, qualifier };
    expect(valueCells(figure, 'zh')).toEqual({ number: zh[0], unit: zh[1] });
    expect(valueCells(figure, 'en')).toEqual({ number: en[0], unit: en[1] });
  });
});

const row = (label: string, value: number, section: string): TableRow & { label: string } => ({
  label,
  keys: { label, value, section },
  section,
  text: `${label} ${value} ${section}`,
});
const rows = [
  row('Villages', 62000, 'postal'),
  row('Bases', 30, 'talent'),
  row('Lockers', 400000, 'infrastructure'),
  row('Colleges', 30, 'talent'),
];
const labels = (sorted: readonly { label: string }[]) => sorted.map((one) => one.label);

describe('sortRows', () => {
  test('numbers by value, both ways; ties keep the table’s order', () => {
    expect(labels(sortRows(rows, 'value', 'ascending', 'en'))).toEqual(['Bases', 'Colleges', 'Villages', 'Lockers']);
    expect(labels(sortRows(rows, 'value', 'descending', 'en'))).toEqual(['Lockers', 'Villages', 'Bases', 'Colleges']);
  });

  test('texts in the language’s collation, ignoring case; the rows given are left as they were', () => {
    const mixed = [row('beta', 1, 'b'), row('Alpha', 2, 'a'), row('gamma', 3, 'c')];
    expect(labels(sortRows(mixed, 'label', 'ascending', 'en'))).toEqual(['Alpha', 'beta', 'gamma']);
    expect(labels(mixed)).toEqual(['beta', 'Alpha', 'gamma']);
  });

  test('Chinese labels by pinyin: 快递 (kuài) before 邮政 (yóu) before 智能 (zhì)', () => {
    const chinese = [row('智能快件箱', 1, 'a'), row('邮政网点', 2, 'a'), row('快递进村', 3, 'a')];
    expect(labels(sortRows(chinese, 'label', 'ascending', 'zh-CN'))).toEqual(['快递进村', '邮政网点', '智能快件箱']);
  });
});

describe('rowMatches', () => {
  const lockers = row('Smart parcel lockers', 400000, 'infrastructure');

  test('no section and no query: every row', () => {
    expect(rowMatches(lockers, '', '')).toBe(true);
    expect(rowMatches(lockers, '', '   ')).toBe(true);
  });

  test('a section: its rows only', () => {
    expect(rowMatches(lockers, 'infrastructure', '')).toBe(true);
    expect(rowMatches(lockers, 'talent', '')).toBe(false);
  });

  test('every word of the query, in any order, whatever its case or width', () => {
    expect(rowMatches(lockers, '', 'LOCKERS smart')).toBe(true);
    expect(rowMatches(lockers, '', 'ｌｏｃｋｅｒｓ')).toBe(true);
    expect(rowMatches(lockers, '', 'lockers villages')).toBe(false);
    expect(rowMatches(lockers, 'talent', 'lockers')).toBe(false);
  });

  test('Chinese: a run of characters inside the text', () => {
    expect(rowMatches(row('布放的智能快件箱', 400000, 'infrastructure'), '', '快件箱')).toBe(true);
    expect(rowMatches(row('布放的智能快件箱', 400000, 'infrastructure'), '', '快递')).toBe(false);
  });
});
