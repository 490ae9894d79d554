import { describe, expect, test } from 'vitest';
import {
  glossaryEntries,
  ownBrackets,
  termAnchor,
  unusedTermsProblem,
  type SectionTerms,
} from '../../src/lib/glossary/glossary-entries.ts';
import { localizedText } from '../../src/schemas/localized.ts';

const ref = (id: string, line = 1) => ({ id, line, first: true });
const section = (slug: string, zh: string[], en: string[]): SectionTerms => ({
  slug,
  title: localizedText.parse({ zh: `${slug}（中）`, en: `${slug} (en)` }),
  // The publication's locales only, as the pipeline gives them.
  terms: { zh: zh.map((id) => ref(id)), en: en.map((id) => ref(id)) } as Partial<SectionTerms['terms']> as SectionTerms['terms'],
});
const terms = ['beidou', 'green-shield', 'unused-b', 'two-ins-one-out', 'unused-a'].map((id) => ({ id }));

describe('glossaryEntries', () => {
  const sections = [
    section('overview', ['two-ins-one-out'], ['two-ins-one-out']),
    section('technology', ['green-shield', 'beidou', 'two-ins-one-out'], ['beidou', 'green-shield']),
  ];
  const entries = glossaryEntries(terms, sections, ['zh', 'en'], 'zh');

  test('terms in the order of their first use in the source language; unused ones last, by id', () => {
    expect(entries.map((entry) => entry.term.id)).toEqual(['two-ins-one-out', 'green-shield', 'beidou', 'unused-a', 'unused-b']);
  });

  test('each term lists the sections that mark it, in report order, per language', () => {
    expect(entries[0]?.uses).toEqual({
      zh: [
        { slug: 'overview', title: 'overview（中）' },
        { slug: 'technology', title: 'technology（中）' },
      ],
      en: [{ slug: 'overview', title: 'overview (en)' }],
    });
    expect(entries.at(-1)?.uses).toEqual({ zh: [], en: [] });
  });

  test('a term that some language never marks is named, with the languages; used terms are not', () => {
    expect(unusedTermsProblem(entries, ['zh', 'en'], 'content/glossary.yaml')).toBe(
      [
        'content/glossary.yaml: term "unused-a" is marked in no section in zh, en. Mark its uses with <Term id="unused-a">…</Term> in every language\'s sections, or remove it from the glossary.',
        'content/glossary.yaml: term "unused-b" is marked in no section in zh, en. Mark its uses with <Term id="unused-b">…</Term> in every language\'s sections, or remove it from the glossary.',
      ].join('\n'),
    );
    const marked = ['two-ins-one-out', 'green-shield', 'beidou'].map((id) => ({ id }));
    expect(
      unusedTermsProblem(glossaryEntries(marked, sections, ['zh', 'en'], 'zh'), ['zh', 'en'], 'content/glossary.yaml'),
    ).toBeUndefined();
    const zhOnly = [section('overview', ['beidou'], [])];
    expect(unusedTermsProblem(glossaryEntries([{ id: 'beidou' }], zhOnly, ['zh', 'en'], 'zh'), ['zh', 'en'], 'g.yaml')).toContain(
      'term "beidou" is marked in no section in en.',
    );
  });

  test('a section that marks a term twice is listed once', () => {
    const twice = [section('overview', ['beidou', 'beidou'], ['beidou'])];
    expect(glossaryEntries([{ id: 'beidou' }], twice, ['zh', 'en'], 'zh')[0]?.uses.zh).toEqual([
      { slug: 'overview', title: 'overview（中）' },
    ]);
  });
});

test('termAnchor', () => {
  expect(termAnchor('green-shield')).toBe('term-green-shield');
});

describe('ownBrackets', () => {
  test('words that end in a bracketed part: the words before it and what it holds', () => {
    expect(ownBrackets('State Post Bureau (SPB)', ' (', ')')).toEqual({ head: 'State Post Bureau', inner: 'SPB' });
    expect(ownBrackets('smart parcel lockers (letter-and-parcel boxes)', ' (', ')')).toEqual({
      head: 'smart parcel lockers',
      inner: 'letter-and-parcel boxes',
    });
    expect(ownBrackets('国家邮政局（国家局）', '（', '）')).toEqual({ head: '国家邮政局', inner: '国家局' });
  });

  test('no bracketed part at the end, an empty one, nothing before it, or brackets inside brackets: none', () => {
    expect(ownBrackets('State Post Bureau', ' (', ')')).toBeUndefined();
    expect(ownBrackets('the (old) bureau', ' (', ')')).toBeUndefined();
    expect(ownBrackets('bureau ()', ' (', ')')).toBeUndefined();
    expect(ownBrackets('(SPB)', ' (', ')')).toBeUndefined();
    expect(ownBrackets('bureau (a (b))', ' (', ')')).toBeUndefined();
    expect(ownBrackets('bureau)', ' (', ')')).toBeUndefined();
  });
});
