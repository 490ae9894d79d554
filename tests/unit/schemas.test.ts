import { describe, expect, test } from 'vitest';
import { problemLine } from '../../src/lib/content/schema-errors.ts';
import { chartSchema } from '../../src/schemas/chart.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { reportSchema } from '../../src/schemas/report.ts';

const valid = {
  id: 'infrastructure.parcel-lockers',
  section: 'infrastructure',
  value: 400000,
  unit: { zh: '组', en: { one: 'bank of smart parcel lockers', other: 'banks of smart parcel lockers' } },
  qualifier: 'exact',
  period: { endOf: 2020 },
  label: { zh: '智能快件箱', en: 'Smart parcel lockers' },
  source: 'spb',
};

const issues = (data: unknown) => {
  const result = figureSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map(problemLine);
};

describe('figure schema', () => {
  test('accepts a complete figure, and defaults the qualifier to exact', () => {
    expect(issues(valid)).toEqual([]);
    const { qualifier: _, ...withoutQualifier } = valid;
    expect(figureSchema.parse(withoutQualifier).qualifier).toBe('exact');
  });

  test.each(['items', 'yuan', 'percent', 'percentage-points'])('accepts the unit %s', (unit) => {
    expect(issues({ ...valid, unit, value: 50 })).toEqual([]);
  });

  test('a value written as text', () => {
    expect(issues({ ...valid, value: '40万' })).toEqual(['value: expected a plain number in base units (62000, not "6.2万")']);
  });

  test('an unknown unit', () => {
    expect(issues({ ...valid, unit: 'boxes' })).toEqual([
      'unit: unknown unit: expected one of items, yuan, percent, percentage-points, or a counted thing { zh: <measure word, e.g. 个>, en: { one: <singular noun, e.g. village>, other: <plural noun, e.g. villages> } }',
    ]);
  });

  test('an unknown qualifier', () => {
    expect(issues({ ...valid, qualifier: 'roughly' })).toEqual([
      'qualifier: unknown qualifier: expected one of exact, over, about, nearly, at-least',
    ]);
  });

  test('a label missing its English', () => {
    expect(issues({ ...valid, label: { zh: '智能快件箱' } })).toEqual(['label.en: an English text (en) is required']);
  });

  test('a period that is neither a year, an end-of-year total nor none', () => {
    expect(issues({ ...valid, period: 'none' })).toEqual([]);
    expect(issues({ ...valid, period: '2020' })).toEqual([
      'period: expected a year (2020), { endOf: 2020 } for a total at the end of that year, or none for a threshold that defines a class (年业务量超千万件)',
    ]);
  });

  test('an id that is not dotted kebab-case', () => {
    expect(issues({ ...valid, id: 'Parcel Lockers' })).toEqual([
      'id: expected a dotted kebab-case id such as infrastructure.parcel-lockers',
    ]);
  });

  test('a fractional count', () => {
    expect(
      issues({ ...valid, value: 0.000123, unit: { zh: '所', en: { one: 'modern postal college', other: 'modern postal colleges' } } }),
    ).toEqual([
      'value: 0.000123 is not a whole number, but modern postal colleges are counted: expected a whole number in base units (62000, not 6.2)',
    ]);
    expect(issues({ ...valid, value: 2.5, unit: 'items' })).toEqual([
      'value: 2.5 is not a whole number, but items are counted: expected a whole number in base units (62000, not 6.2)',
    ]);
  });

  test('a count that declares decimals', () => {
    expect(issues({ ...valid, decimals: 1 })).toEqual(['decimals: a count has no decimals: remove "decimals"']);
  });

  test('more decimals than the figure declares', () => {
    const share = { ...valid, unit: 'percent' };
    expect(issues({ ...share, value: 62.5 })).toEqual([
      'value: 62.5 has more decimals than the figure declares none: check the value against the source, and give "decimals" the number of decimals the source writes',
    ]);
    expect(issues({ ...share, value: 62.55, decimals: 1 })).toEqual([
      'value: 62.55 has more decimals than the figure declares 1: check the value against the source, and give "decimals" the number of decimals the source writes',
    ]);
    expect(issues({ ...share, value: 62.5, decimals: 1 })).toEqual([]);
    expect(issues({ ...share, value: 62, decimals: 1 })).toEqual([]);
  });

  test('a percent above 100, unless declared', () => {
    const share = { ...valid, unit: 'percent', value: 120 };
    expect(issues(share)).toEqual([
      'value: 120% is more than 100%: a share cannot be; for a rate that can (a growth rate), add "mayExceed100: true"',
    ]);
    expect(issues({ ...share, mayExceed100: true })).toEqual([]);
    expect(issues({ ...share, value: 100 })).toEqual([]);
  });

  test('mayExceed100 on a unit that is not a percent', () => {
    expect(issues({ ...valid, mayExceed100: true })).toEqual([
      'mayExceed100: only a percent can be declared to exceed 100: remove "mayExceed100"',
    ]);
  });

  test('an unexpected field', () => {
    expect(issues({ ...valid, note: 'x' })).toEqual(['(top level): unknown field "note": check its spelling, or remove it']);
  });
});

describe('report schema', () => {
  test('needs key figures', () => {
    const text = { zh: '文', en: 'text' };
    const result = reportSchema.safeParse({
      title: text,
      subtitle: text,
      summary: text,
      publisher: text,
      conference: { name: text, date: '2021-01-04', place: text },
      source: 'spb',
      keyFigures: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['keyFigures']);
  });
});

describe('chart schema', () => {
  test('offers only the chart types the site draws', () => {
    const text = { zh: '文', en: 'text' };
    const chart = { section: 'talent', title: text, caption: text, description: text, valueAxis: text, figures: [{ figure: 'talent.a' }] };
    expect(chartSchema.safeParse({ ...chart, type: 'horizontal-bar' }).success).toBe(true);
    for (const type of ['line', 'doughnut']) {
      expect(chartSchema.safeParse({ ...chart, type }).error?.issues.map((issue) => issue.message)).toEqual([
        'unknown chart type: expected one of bar, horizontal-bar, table',
      ]);
    }
  });
});
