import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { problemLine } from '../../src/errors/schema-errors.ts';
import { chartSchema } from '../../src/schemas/chart.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { reportSchema, sectionSchema, sourceSchema } from '../../src/schemas/report.ts';

/*
 * The schemas are the contract with editors: each message below is what an editor reads when a
 * content file breaks it (the build adds the file and the entry). The messages are pinned as
 * inline snapshots, as Starlight does for its configuration errors; a changed wording shows up
 * in review as a changed snapshot.
 */

/** The problems a schema finds, one "field: message" line each, as the build lists them. */
function problems(schema: z.ZodType, data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) return 'valid';
  return result.error.issues.map(problemLine).join('\n');
}

const text = (zh: string, en: string) => ({ zh, en });

/** The same problems as a list, for the figure checks written before the snapshots. */
const issues = (data: unknown) => {
  const result = figureSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map(problemLine);
};

describe('figure schema', () => {
  const valid = {
    id: 'infrastructure.parcel-lockers',
    section: 'infrastructure',
    value: 400000,
    asWritten: '40万组',
    unit: { zh: '组', en: { one: 'bank of smart parcel lockers', other: 'banks of smart parcel lockers' } },
    qualifier: 'none',
    period: { endOf: 2020 },
    label: text('智能快件箱', 'Smart parcel lockers'),
    source: 'spb',
  };

  test('accepts a complete figure, and defaults the qualifier to none (no qualifier in the source)', () => {
    expect(problems(figureSchema, valid)).toBe('valid');
    const { qualifier: _, ...withoutQualifier } = valid;
    expect(figureSchema.parse(withoutQualifier).qualifier).toBe('none');
  });

  test.each([
    ['items', '50件'],
    ['yuan', '50元'],
    ['percent', '50%'],
    ['percentage-points', '50个百分点'],
  ])('accepts the unit %s', (unit, asWritten) => {
    expect(problems(figureSchema, { ...valid, unit, value: 50, asWritten })).toBe('valid');
  });

  test('a value written as text', () => {
    expect(problems(figureSchema, { ...valid, value: '40万' })).toMatchInlineSnapshot(
      `"value: expected a plain number in base units (62000, not "6.2万")"`,
    );
  });

  test('a negative value', () => {
    expect(problems(figureSchema, { ...valid, value: -1 })).toMatchInlineSnapshot(`"value: must be 0 or more"`);
  });

  test('an unknown unit', () => {
    expect(problems(figureSchema, { ...valid, unit: 'boxes' })).toMatchInlineSnapshot(
      `"unit: unknown unit: expected one of items, yuan, percent, percentage-points, or a counted thing with a word per locale: a measure word or a noun (zh: 个), or a noun in its numbers (en: { one: village, other: villages })"`,
    );
  });

  test('a counted unit whose Chinese is more than a measure word', () => {
    const lockers = { one: 'locker', other: 'lockers' };
    expect(problems(figureSchema, { ...valid, unit: { zh: '组智能快件箱', en: lockers } })).toMatchInlineSnapshot(
      `"unit.zh: the zh part of a counted unit is a measure word such as 个, 家 or 人次"`,
    );
  });

  test('an unknown qualifier', () => {
    expect(problems(figureSchema, { ...valid, qualifier: 'roughly' })).toMatchInlineSnapshot(
      `"qualifier: unknown qualifier: expected one of none, over, about, nearly, at-least"`,
    );
  });

  test('a label missing its English, and one with empty Chinese', () => {
    expect(problems(figureSchema, { ...valid, label: { zh: '智能快件箱' } })).toMatchInlineSnapshot(
      `"label.en: an English text (en) is required"`,
    );
    expect(problems(figureSchema, { ...valid, label: text(' ', 'Lockers') })).toMatchInlineSnapshot(
      `"label.zh: the Chinese text (zh) is empty"`,
    );
    expect(problems(figureSchema, { ...valid, label: { zh: '智能快件箱', en: 42 } })).toMatchInlineSnapshot(
      `"label.en: the English text (en) must be a string"`,
    );
  });

  test('a period that is neither a year, an end-of-year total nor none', () => {
    expect(problems(figureSchema, { ...valid, period: 'none' })).toBe('valid');
    expect(problems(figureSchema, { ...valid, period: '2020' })).toMatchInlineSnapshot(
      `"period: expected a year (2020), { endOf: 2020 } for a total at the end of that year, or none for a threshold that defines a class (年业务量超千万件)"`,
    );
  });

  test('an id that is not dotted kebab-case', () => {
    expect(problems(figureSchema, { ...valid, id: 'Parcel Lockers' })).toMatchInlineSnapshot(
      `"id: expected a dotted kebab-case id such as infrastructure.parcel-lockers"`,
    );
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
    expect(issues({ ...share, value: 62.5, decimals: 1, asWritten: '62.5%' })).toEqual([]);
    expect(issues({ ...share, value: 62, decimals: 1, asWritten: '62%' })).toEqual([]);
  });

  test('a percent above 100, unless declared', () => {
    const share = { ...valid, unit: 'percent', value: 120, asWritten: '120%' };
    expect(issues(share)).toEqual([
      'value: 120% is more than 100%: a share cannot be; for a rate that can (a growth rate), add "mayExceed100: true"',
    ]);
    expect(issues({ ...share, mayExceed100: true })).toEqual([]);
    expect(issues({ ...share, value: 100, asWritten: '100%' })).toEqual([]);
  });

  test('mayExceed100 on a unit that is not a percent', () => {
    expect(issues({ ...valid, mayExceed100: true })).toEqual([
      'mayExceed100: only a percent can be declared to exceed 100: remove "mayExceed100"',
    ]);
  });

  test('zhShortOver on a figure whose qualifier is not over', () => {
    expect(issues({ ...valid, zhShortOver: true })).toEqual([
      'zhShortOver: zhShortOver writes "over" as 超, but the qualifier is none: remove "zhShortOver", or make the qualifier over',
    ]);
    expect(issues({ ...valid, qualifier: 'over', zhShortOver: true, asWritten: '40万余组' })).toEqual([]);
    expect(issues({ ...valid, qualifier: 'over', zhShortOver: false })).toEqual(['zhShortOver: zhShortOver is either true or left out']);
  });

  test('an unexpected field', () => {
    expect(problems(figureSchema, { ...valid, note: 'x' })).toMatchInlineSnapshot(
      `"(top level): unknown field "note": check its spelling, or remove it"`,
    );
  });
});

describe('chart schema', () => {
  const valid = {
    section: 'talent',
    type: 'bar',
    title: text('职称评审', 'Professional titles'),
    caption: text('通过评审的人数', 'People who passed the assessment'),
    description: text('全年{talent.title-passes}通过评审。', '{talent.title-passes} passed the assessment.'),
    valueAxis: text('人数（人）', 'People'),
    figures: [{ figure: 'talent.title-passes', label: text('通过评审', 'Passed') }],
  };

  test('accepts a complete chart, with or without a category axis and label overrides', () => {
    expect(problems(chartSchema, valid)).toBe('valid');
    expect(problems(chartSchema, { ...valid, categoryAxis: text('类别', 'Kind'), figures: [{ figure: 'talent.title-passes' }] })).toBe(
      'valid',
    );
  });

  test.each(['bar', 'horizontal-bar', 'table'])('accepts the type %s', (type) => {
    expect(problems(chartSchema, { ...valid, type })).toBe('valid');
  });

  test('an unknown chart type', () => {
    // line and doughnut were dropped in issue 8: the site no longer draws them.
    expect(problems(chartSchema, { ...valid, type: 'line' })).toMatchInlineSnapshot(
      `"type: unknown chart type: expected one of bar, horizontal-bar, table"`,
    );
    expect(problems(chartSchema, { ...valid, type: 'doughnut' })).toMatchInlineSnapshot(
      `"type: unknown chart type: expected one of bar, horizontal-bar, table"`,
    );
    expect(problems(chartSchema, { ...valid, type: 'pie' })).toMatchInlineSnapshot(
      `"type: unknown chart type: expected one of bar, horizontal-bar, table"`,
    );
  });

  test('a chart with no figure', () => {
    expect(problems(chartSchema, { ...valid, figures: [] })).toMatchInlineSnapshot(`"figures: a chart needs at least one figure"`);
  });

  test('a figure that is not an id, and a typo in a figure entry', () => {
    expect(problems(chartSchema, { ...valid, figures: [{ figure: 'Title passes' }] })).toMatchInlineSnapshot(
      `"figures.0.figure: expected a dotted kebab-case id such as infrastructure.parcel-lockers"`,
    );
    expect(problems(chartSchema, { ...valid, figures: [{ figure: 'talent.title-passes', lable: text('a', 'b') }] })).toMatchInlineSnapshot(
      `"figures.0: unknown field "lable": check its spelling, or remove it"`,
    );
  });

  test('a title without its English; no value axis is allowed (a table has none)', () => {
    const { valueAxis: _, ...withoutAxis } = valid;
    expect(problems(chartSchema, { ...withoutAxis, type: 'table' })).toBe('valid');
    expect(problems(chartSchema, { ...valid, title: { zh: '职称评审' } })).toMatchInlineSnapshot(
      `"title.en: an English text (en) is required"`,
    );
  });
});

describe('section front matter', () => {
  const valid = { title: 'Talent', description: 'How the sector trained and recognised its workforce.', order: 7 };

  test('accepts a title, a description of one or two sentences and an order', () => {
    expect(problems(sectionSchema, valid)).toBe('valid');
  });

  test('an empty title', () => {
    expect(problems(sectionSchema, { ...valid, title: '  ' })).toMatchInlineSnapshot(`"title: must not be empty"`);
  });

  test('a description shorter than 10 or longer than 200 characters', () => {
    expect(problems(sectionSchema, { ...valid, description: 'Talent.' })).toMatchInlineSnapshot(
      `"description: must be at least 10 characters long"`,
    );
    expect(problems(sectionSchema, { ...valid, description: 'x'.repeat(201) })).toMatchInlineSnapshot(
      `"description: must be at most 200 characters long"`,
    );
    expect(problems(sectionSchema, { ...valid, description: 'x'.repeat(200) })).toBe('valid');
  });

  test('an order that is not a positive whole number', () => {
    expect(problems(sectionSchema, { ...valid, order: 0 })).toMatchInlineSnapshot(`"order: must be more than 0"`);
    expect(problems(sectionSchema, { ...valid, order: 1.5 })).toMatchInlineSnapshot(
      `"order: expected a whole number, received the number 1.5"`,
    );
  });

  test('missing fields and an unexpected one', () => {
    expect(problems(sectionSchema, { title: 'Talent', slug: 'talent' })).toMatchInlineSnapshot(`
      "description: missing: this field is required
      order: missing: this field is required
      (top level): unknown field "slug": check its spelling, or remove it"
    `);
  });
});

describe('source', () => {
  const valid = {
    title: text('标题', 'Title'),
    publisher: text('国家邮政局', 'State Post Bureau (SPB)'),
    date: '2021-01-04',
    url: 'https://www.spb.gov.cn/',
    republished: { name: text('某网站', 'a website'), url: 'https://example.org/', date: '2021-04-23' },
  };

  test('accepts a source with its republication, and reads dates', () => {
    expect(problems(sourceSchema, valid)).toBe('valid');
    expect(sourceSchema.parse(valid).date.toISOString()).toBe('2021-01-04T00:00:00.000Z');
  });

  test('a URL that is not one', () => {
    expect(problems(sourceSchema, { ...valid, url: 'www.spb.gov.cn' })).toMatchInlineSnapshot(
      `"url: expected a web address such as https://www.spb.gov.cn/, received the text "www.spb.gov.cn""`,
    );
  });

  test.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://www.spb.gov.cn/', 'https://spb/'])(
    'a URL that is not a web page readers can follow: %s',
    (url) => {
      expect(problems(sourceSchema, { ...valid, url })).toBe(
        `url: expected a web address such as https://www.spb.gov.cn/, received the text ${JSON.stringify(url)}`,
      );
      expect(problems(sourceSchema, { ...valid, republished: { ...valid.republished, url } })).toBe(
        `republished.url: expected a web address such as https://www.spb.gov.cn/, received the text ${JSON.stringify(url)}`,
      );
    },
  );

  test('a date that is not one', () => {
    expect(problems(sourceSchema, { ...valid, date: '2021-13-45' })).toMatchInlineSnapshot(
      `"date: expected a date such as 2021-01-04, received something that is not a date"`,
    );
  });

  test('a republication without its URL, and a publisher without Chinese', () => {
    expect(
      problems(sourceSchema, {
        ...valid,
        publisher: { en: 'SPB' },
        republished: { name: text('某网站', 'a website'), date: '2021-04-23' },
      }),
    ).toMatchInlineSnapshot(`
      "publisher.zh: a Chinese text (zh) is required
      republished.url: missing: this field is required"
    `);
  });
});

describe('report', () => {
  const valid = {
    locales: ['zh', 'en'],
    title: text('标题', 'Title'),
    subtitle: text('副标题', 'Subtitle'),
    summary: text('摘要', 'Summary'),
    publisher: text('国家邮政局', 'State Post Bureau (SPB)'),
    conference: { name: text('会议', 'Conference'), date: '2021-01-04', place: text('北京', 'Beijing') },
    source: 'spb',
    keyFigures: ['infrastructure.parcel-lockers'],
    citationKey: 'review2021',
    spatialCoverage: text('中国', 'China'),
    searchExamples: text('快递进村', 'parcel lockers'),
  };

  test('accepts a complete report', () => {
    expect(problems(reportSchema, valid)).toBe('valid');
  });

  test('no key figures, and a key figure that is not an id', () => {
    expect(problems(reportSchema, { ...valid, keyFigures: [] })).toMatchInlineSnapshot(`"keyFigures: needs at least 1 item"`);
    expect(problems(reportSchema, { ...valid, keyFigures: ['parcel lockers'] })).toMatchInlineSnapshot(
      `"keyFigures.0: expected a dotted kebab-case id such as infrastructure.parcel-lockers"`,
    );
  });

  test('a conference without its place', () => {
    expect(
      problems(reportSchema, { ...valid, conference: { name: text('会议', 'Conference'), date: '2021-01-04' } }),
    ).toMatchInlineSnapshot(`"conference.place: missing: this field is required"`);
  });

  test('a citation key that a reference manager would not take, and a report without its search examples', () => {
    const { searchExamples: _omitted, ...withoutExamples } = valid;
    expect(problems(reportSchema, { ...withoutExamples, citationKey: 'Review 2021' })).toMatchInlineSnapshot(`
      "citationKey: expected lower-case letters and digits, starting with a letter, such as review2021
      searchExamples: missing: this field is required"
    `);
  });
});

describe('glossary term schema', () => {
  const valid = { id: 'two-ins-one-out', zh: '“两进一出”工程', en: '“Two Ins, One Out” programme', short: '“Two Ins, One Out”' };

  test('accepts a term, with or without short form and note', () => {
    expect(problems(glossaryTermSchema, valid)).toBe('valid');
    expect(problems(glossaryTermSchema, { ...valid, short: undefined, note: text('原文未说明。', 'The source does not say.') })).toBe(
      'valid',
    );
  });

  test('what an editor reads for a broken term', () => {
    expect(problems(glossaryTermSchema, { id: 'Two Ins', zh: ' ', short: '', note: { en: 'Only English.' }, plural: 'x' }))
      .toMatchInlineSnapshot(`
      "id: a term id is lower-case ASCII kebab-case, such as two-ins-one-out
      zh: must not be empty
      en: missing: this field is required
      short: must not be empty
      note.zh: a Chinese text (zh) is required
      (top level): unknown field "plural": check its spelling, or remove it"
    `);
  });
});
