import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { friendlyErrorMap, problemLine } from '../../src/errors/schema-errors.ts';
import { reportSchema, sectionSchema, sourceSchema } from '../../src/schemas/report.ts';
import { withFriendlyErrors } from '../../src/schemas/with-friendly-errors.ts';

/** Parsed as Astro parses a collection: with an error map of its own, which ours must come before. */
const astroLike = { error: () => 'the parser’s own message' };
const problems = (schema: z.ZodType, data: unknown) => schema.safeParse(data, astroLike).error?.issues.map(problemLine) ?? [];

describe('friendlyErrorMap, through withFriendlyErrors', () => {
  const schema = withFriendlyErrors(
    z
      .object({
        title: z.object({ zh: z.string(), en: z.string() }).strict(),
        name: z.string().min(1),
        description: z.string().min(10).max(20),
        order: z.number().int().positive(),
        share: z.number().max(100),
        ids: z.array(z.string()).min(1).max(2),
        type: z.enum(['bar', 'horizontal-bar']),
        date: z.coerce.date(),
        url: z.url(),
        id: z.string().regex(/^[a-z]+$/),
        period: z.union([z.number(), z.object({ endOf: z.number() }).strict()]),
      })
      .partial()
      .strict(),
  );

  test.each<[string, Record<string, unknown>, string]>([
    ['a missing field', { title: { zh: '标题' } }, 'title.en: missing: this field is required'],
    ['a number where text belongs', { title: { zh: '标题', en: 12 } }, 'title.en: expected text, received the number 12'],
    ['text where fields belong', { title: '标题' }, 'title: expected a group of fields, received the text "标题"'],
    ['an empty value', { name: null }, 'name: expected text, received an empty value'],
    [
      'an unknown field',
      { title: { zh: '标题', en: 'Title', fr: 'Titre' } },
      'title: unknown field "fr": check its spelling, or remove it',
    ],
    ['empty text', { name: '' }, 'name: must not be empty'],
    ['text too short', { description: 'Short' }, 'description: must be at least 10 characters long'],
    ['text too long', { description: 'A description far too long' }, 'description: must be at most 20 characters long'],
    ['a fraction where a whole number belongs', { order: 1.5 }, 'order: expected a whole number, received the number 1.5'],
    ['zero where a positive number belongs', { order: 0 }, 'order: must be more than 0'],
    ['a number over its maximum', { share: 120 }, 'share: must be 100 or less'],
    ['an empty list', { ids: [] }, 'ids: needs at least 1 item'],
    ['a list too long', { ids: ['a', 'b', 'c'] }, 'ids: may hold at most 2 items'],
    ['a value not among the options', { type: 'pie' }, 'type: expected "bar" or "horizontal-bar", received the text "pie"'],
    ['a date that is not a date', { date: 'soon' }, 'date: expected a date such as 2021-01-04, received something that is not a date'],
    [
      'an address that is not a URL',
      { url: 'spb.gov.cn' },
      'url: expected a web address such as https://www.spb.gov.cn/, received the text "spb.gov.cn"',
    ],
    ['text that does not match its pattern', { id: 'A1' }, 'id: expected text matching /^[a-z]+$/, received the text "A1"'],
    ['a value of none of a union’s types', { period: '2020' }, 'period: expected a number or a group of fields, received the text "2020"'],
    [
      'the right form of a union with a wrong field',
      { period: { end: 2020 } },
      'period: endOf: missing: this field is required; unknown field "end": check its spelling, or remove it',
    ],
  ])('%s', (_, data, message) => {
    expect(problems(schema, data)).toEqual([message]);
  });

  test('an unknown field at the top level', () => {
    expect(problems(schema, { note: 'x' })).toEqual(['(top level): unknown field "note": check its spelling, or remove it']);
    expect(problems(schema, { a: 1, b: 2 })).toEqual(['(top level): unknown fields "a", "b": check their spelling, or remove them']);
  });

  test('a message the schema spells out still wins', () => {
    const spelt = withFriendlyErrors(z.object({ value: z.number({ error: 'expected a plain number' }).min(0, 'no negative values') }));
    expect(problems(spelt, { value: '6.2万' })).toEqual(['value: expected a plain number']);
    expect(problems(spelt, { value: -1 })).toEqual(['value: no negative values']);
  });

  test('as a parse-time map, for parsers of our own', () => {
    const plain = z.object({ name: z.string() }).strict();
    expect(plain.safeParse({ name: 1 }, { error: friendlyErrorMap }).error?.issues.map(problemLine)).toEqual([
      'name: expected text, received the number 1',
    ]);
  });
});

describe('collection schemas speak the same words', () => {
  const text = { zh: '文', en: 'text' };

  test('section front matter', () => {
    expect(problems(sectionSchema, { title: 'Talent', description: 'Too short', order: 0, draft: true })).toEqual([
      'description: must be at least 10 characters long',
      'order: must be more than 0',
      '(top level): unknown field "draft": check its spelling, or remove it',
    ]);
  });

  test('the report', () => {
    const report = {
      ...{ locales: ['zh', 'en'], title: text, subtitle: text, summary: text, publisher: text, source: 'spb', keyFigures: [] },
      ...{ citationKey: 'spb2021review', spatialCoverage: text, searchExamples: text },
    };
    expect(problems(reportSchema, { ...report, conference: { name: text, date: '2021-01-04', place: 'Beijing' } })).toEqual([
      'conference.place: expected a group of fields, received the text "Beijing"',
      'keyFigures: needs at least 1 item',
    ]);
  });

  test('a source', () => {
    expect(problems(sourceSchema, { title: text, publisher: text, date: '2021-01-04', url: 'www.spb.gov.cn' })).toEqual([
      'url: expected a web address such as https://www.spb.gov.cn/, received the text "www.spb.gov.cn"',
    ]);
  });
});
