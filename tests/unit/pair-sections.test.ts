import { describe, expect, test } from 'vitest';
import { pairSections } from '../../src/lib/content/pair-sections.ts';

const entry = (id: string, order: number) => ({ id, data: { order } });

describe('pairSections', () => {
  test('pairs each section across languages, in report order', () => {
    const { pairs, problems } = pairSections([entry('en/b', 2), entry('zh/a', 1), entry('zh/b', 2), entry('en/a', 1)]);
    expect(problems).toEqual([]);
    expect(pairs.map((pair) => pair.slug)).toEqual(['a', 'b']);
    expect(pairs[1]?.byLocale.en.id).toBe('en/b');
    expect(pairs[1]?.byLocale.zh.id).toBe('zh/b');
  });

  test('a section missing in one language names both files, and is left out of the pairs', () => {
    const { pairs, problems } = pairSections([entry('zh/a', 1), entry('en/a', 1), entry('zh/talent', 2)]);
    expect(problems).toEqual([
      'Section "talent" has no en version: sections/zh/talent.mdx exists but sections/en/talent.mdx does not. Every section needs one file per language, with the same name.',
    ]);
    expect(pairs.map((pair) => pair.slug)).toEqual(['a']);
  });

  test('names the files as Astro reports them', () => {
    const withPath = { id: 'zh/talent', filePath: 'content/sections/zh/talent.mdx', data: { order: 1 } };
    expect(pairSections([withPath]).problems).toEqual([
      'Section "talent" has no en version: content/sections/zh/talent.mdx exists but content/sections/en/talent.mdx does not. Every section needs one file per language, with the same name.',
    ]);
  });

  test('a different order in the two languages', () => {
    expect(pairSections([entry('zh/a', 1), entry('en/a', 2)]).problems).toEqual([
      'Section "a": order is 1 in sections/zh/a.mdx but 2 in sections/en/a.mdx. A section has the same place in every language.',
    ]);
  });

  test('two sections in one place', () => {
    expect(pairSections([entry('zh/a', 1), entry('en/a', 1), entry('zh/b', 1), entry('en/b', 1)]).problems).toEqual([
      'Sections "a" and "b" both have order 1; give each section its own place in the report.',
    ]);
  });

  test('a folder that is not a language', () => {
    expect(pairSections([entry('fr/a', 1)]).problems).toEqual([
      'sections/fr/a.mdx is in a folder that is not a language of this report; expected one of: zh, en.',
    ]);
  });

  test('every mistake of the pairing at once', () => {
    const { problems } = pairSections([entry('zh/a', 1), entry('en/a', 2), entry('zh/b', 3), entry('fr/c', 4)]);
    expect(problems).toEqual([
      'sections/fr/c.mdx is in a folder that is not a language of this report; expected one of: zh, en.',
      'Section "a": order is 1 in sections/zh/a.mdx but 2 in sections/en/a.mdx. A section has the same place in every language.',
      'Section "b" has no en version: sections/zh/b.mdx exists but sections/en/b.mdx does not. Every section needs one file per language, with the same name.',
    ]);
  });
});
