import { describe, expect, test } from 'vitest';
import { figureRefProblems } from '../../src/lib/content/check-figure-refs.ts';
import { termRefProblems } from '../../src/lib/content/check-term-refs.ts';
import { fileNameProblem } from '../../src/lib/content/file-names.ts';
import { problemLine } from '../../src/errors/schema-errors.ts';
import { figureId } from '../../src/schemas/figure.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';

// "alpha.vіllages" with a Cyrillic і (U+0456) where the Latin i belongs: the two look the same.
const lookalike = 'alpha.v\u0456llages';
const known = { figures: new Set(['alpha.villages']), charts: new Map([['alpha-villages', 'alpha']]) };
const idProblems = (schema: typeof figureId, value: string) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map(problemLine);
};

describe('ids with a letter that only looks like ASCII', () => {
  test('a <Stat>, <Chart> or <Term> that names one is told the character and its code point', () => {
    const refs = [
      { component: 'Stat' as const, id: lookalike, line: 7 },
      { component: 'Chart' as const, id: 'alpha-v\u0456llages', line: 9 },
    ];
    expect(figureRefProblems(refs, known, 'content/sections/en/alpha.mdx', 'alpha')).toEqual([
      'content/sections/en/alpha.mdx:7: <Stat> names figure "alpha.vіllages", which holds "і" (U+0456): not an ASCII letter, though it may look like one. Ids are written in a-z, 0-9, - and .; retype it.',
      'content/sections/en/alpha.mdx:9: <Chart> names chart "alpha-vіllages", which holds "і" (U+0456): not an ASCII letter, though it may look like one. Ids are written in a-z, 0-9, - and .; retype it.',
    ]);
    expect(
      termRefProblems(
        [{ id: 'b\u0435idou', line: 3, first: true }],
        new Set(['beidou']),
        'content/sections/en/alpha.mdx',
        'content/glossary.yaml',
      ),
    ).toEqual([
      'content/sections/en/alpha.mdx:3: <Term> names term "bеidou", which holds "е" (U+0435): not an ASCII letter, though it may look like one. Ids are written in a-z, 0-9, - and .; retype it.',
    ]);
  });

  test('a figure id, a term id and a file name that holds one are refused, naming it', () => {
    expect(idProblems(figureId, lookalike)).toEqual([
      '(top level): "alpha.vіllages": it holds "і" (U+0456), which is not an ASCII letter, digit or hyphen, though it may look like one: ids are written in a-z, 0-9 and -; retype it',
    ]);
    const term = glossaryTermSchema.safeParse({ id: 'b\u0435idou', zh: '北斗', en: 'BeiDou' });
    expect(term.success ? [] : term.error.issues.map(problemLine)).toEqual([
      'id: "bеidou": it holds "е" (U+0435), which is not an ASCII letter, digit or hyphen, though it may look like one: ids are written in a-z, 0-9 and -; retype it',
    ]);
    expect(fileNameProblem('content/charts/alpha-v\u0456llages.yaml')).toBe(
      'content/charts/alpha-vіllages.yaml: the name "alpha-vіllages" is not allowed: it holds "і" (U+0456), which is not an ASCII letter, digit or hyphen, though it may look like one: names are written in a-z, 0-9 and -; retype it. Rename the file (in every language, for a section).',
    );
  });
});

describe('id length', () => {
  test('an id or file name longer than 80 characters is refused with the limit, before it becomes a file name', () => {
    const long = `alpha.${'x'.repeat(294)}`;
    expect(idProblems(figureId, long)).toEqual([
      `(top level): "${long}": it is 300 characters long; the limit is 80, because it names the page and files of what it identifies: shorten it`,
    ]);
    expect(idProblems(figureId, `alpha.${'x'.repeat(74)}`)).toEqual([]);
    expect(fileNameProblem(`content/sections/en/${'a'.repeat(81)}.mdx`)).toBe(
      `content/sections/en/${'a'.repeat(81)}.mdx: the name "${'a'.repeat(81)}" is not allowed: it is 81 characters long; the limit is 80, because it names the page and files of what it identifies: shorten it. Rename the file (in every language, for a section).`,
    );
  });
});
