import { describe, expect, test } from 'vitest';
import { figureRecordColumns, toFigureRecord } from '../../src/lib/dataset/figure-records.ts';
import { recordsToCsv, toCsv } from '../../src/lib/dataset/to-csv.ts';
import { readCsv } from '../helpers/csv.ts';
import { unit, type Figure } from '../../src/schemas/figure.ts';
import { localizedText } from '../../src/schemas/localized.ts';
import type { Source } from '../../src/schemas/report.ts';

describe('toCsv', () => {
  test('starts with a byte order mark, quotes what needs quoting, ends lines with CRLF', () => {
    const csv = toCsv(
      ['id', 'label'],
      [
        ['a', 'plain'],
        ['b', 'with, comma'],
        ['c', 'say "hi"'],
        ['d', 'two\nlines'],
        ['e', 42],
      ],
    );
    expect(csv).toBe('\uFEFFid,label\r\na,plain\r\nb,"with, comma"\r\nc,"say ""hi"""\r\nd,"two\nlines"\r\ne,42\r\n');
    // A CSV library reads the fields back (tests/helpers/csv.ts).
    expect(readCsv(csv)).toEqual([
      ['id', 'label'],
      ['a', 'plain'],
      ['b', 'with, comma'],
      ['c', 'say "hi"'],
      ['d', 'two\nlines'],
      ['e', '42'],
    ]);
  });

  test('records become rows in the order of the columns given', () => {
    expect(recordsToCsv(['b', 'a'], [{ a: 1, b: 'x' }])).toBe('\uFEFFb,a\r\nx,1\r\n');
  });

  // OWASP's list of characters that make a spreadsheet read a cell as a formula.
  test.each([
    ['=', '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+', '+1+1', "'+1+1"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('a text cell starting with %s is written as text, behind a single quote', (_name, label, cell) => {
    expect(toCsv(['label'], [[label]])).toBe(`\uFEFFlabel\r\n${cell}\r\n`);
  });

  test('a formula character inside a text, and a negative number, are left as they are', () => {
    expect(toCsv(['label', 'value'], [['a=b', -5]])).toBe('\uFEFFlabel,value\r\na=b,-5\r\n');
  });
});

describe('toFigureRecord', () => {
  const source: Source = {
    title: localizedText.parse({ zh: '标题', en: 'Title' }),
    publisher: localizedText.parse({ zh: '国家邮政局', en: 'State Post Bureau' }),
    date: new Date('2021-01-04'),
  };
  const figure: Figure = {
    id: 'business-environment.licence-renewals',
    section: 'business-environment',
    value: 7000,
    asWritten: '7000余家',
    unit: unit.parse({ zh: '家', en: { one: 'enterprise', other: 'enterprises' } }),
    qualifier: 'over',
    period: { endOf: 2020 },
    label: localizedText.parse({ zh: '办理许可延续的企业', en: 'Enterprises whose licences were renewed' }),
    source: 'spb',
  };

  test('a flat bilingual record with the value, its meaning and its source', () => {
    const record = toFigureRecord(figure.id, figure, source);
    expect(record).toEqual({
      id: 'business-environment.licence-renewals',
      section: 'business-environment',
      value: 7000,
      unit: 'count: enterprises / 家',
      qualifier: 'over',
      period_kind: 'end-of-year',
      period: 'end of 2020',
      label_zh: '办理许可延续的企业',
      label_en: 'Enterprises whose licences were renewed',
      text_zh: '7000余家（截至2020年底）',
      text_en: 'more than 7,000 enterprises (end of 2020)',
      source_zh: '国家邮政局：《标题》（2021-01-04）',
      source_en: 'State Post Bureau: 标题 [“Title”, this edition’s translation of the title] (2021-01-04)',
    });
    expect(Object.keys(record)).toEqual(figureRecordColumns);
  });

  test('a threshold has no period: its kind says definition, its text says threshold', () => {
    const threshold: Figure = { ...figure, id: 'x.threshold', value: 1e7, unit: 'items', period: 'none' };
    const record = toFigureRecord(threshold.id, threshold, source);
    expect([record.period_kind, record.period, record.text_zh, record.text_en]).toEqual([
      'definition',
      'none',
      '超千万件（分类标准，无统计时期）',
      'more than 10 million items (a threshold, no period)',
    ]);
  });

  test('a unit keyword and a calendar year are written as they are', () => {
    const share: Figure = { ...figure, unit: 'percent', qualifier: 'none', period: 2020, value: 50 };
    expect(toFigureRecord('x.share', share, source)).toMatchObject({
      unit: 'percent',
      period: '2020',
      text_zh: '50%（2020年）',
      text_en: '50% (2020)',
    });
  });
});
