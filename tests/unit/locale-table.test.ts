/*
 * The locale tables (src/i18n/locales.ts, conventions.ts) and what is derived from them: each language’s typography,
 * citation style, CSV columns and per-locale schema fields come from one entry per locale.
 */
import { describe, expect, test } from 'vitest';
import { mergedFontPackages } from '../../src/i18n/fonts.ts';
import { pathPrefix } from '../../src/i18n/paths.ts';
import { isSourceLocale, locales } from '../../src/i18n/publication-locales.ts';
import { typography } from '../../src/i18n/conventions.ts';
import { citationStyleOf } from '../../src/lib/cite/citation-styles.ts';
import { localeColumns } from '../../src/lib/dataset/figure-records.ts';
import { localizedText } from '../../src/schemas/localized.ts';

describe('typography', () => {
  test('Chinese marks are full-width and carry their own space; English ones are followed by a space', () => {
    const { colon, semicolon, listSeparator } = typography('zh');
    expect([colon, semicolon, listSeparator].every((mark) => !mark.includes(' '))).toBe(true);
    const english = typography('en');
    expect([english.colon, english.semicolon, english.listSeparator].every((mark) => mark.endsWith(' '))).toBe(true);
  });

  test('the sentence joiner is nothing after Chinese full-width punctuation, a space after English', () => {
    expect(typography('zh').sentenceJoiner).toBe('');
    expect(typography('en').sentenceJoiner).toBe(' ');
  });

  test.each(locales)('%s: brackets are a pair of the same width', (locale) => {
    const { openBracket, closeBracket } = typography(locale);
    const pairs: Record<string, string> = { '（': '）', '(': ')' };
    expect(pairs[openBracket.trim()]).toBe(closeBracket);
  });
});

test('the source language is the root locale alone', () => {
  expect(locales.filter(isSourceLocale)).toEqual(['zh']);
  expect(pathPrefix('zh')).toBe('');
});

test.each([
  ['zh', 'GB/T 7714-2015', true],
  ['en', 'APA 7', false],
] as const)('the citation style of %s is %s', (locale, name, hasAccessDate) => {
  expect(citationStyleOf(locale)).toMatchObject({ name, hasAccessDate });
});

test('a field given per locale has a CSV column per locale, in the locale list’s order', () => {
  expect(localeColumns('label')).toEqual(['label_zh', 'label_en']);
  expect(localeColumns('chart_label')).toEqual(['chart_label_zh', 'chart_label_en']);
});

describe('localizedText', () => {
  test('has a field per locale, no more', () => {
    expect(Object.keys(localizedText.shape)).toEqual([...locales]);
  });

  test('a language the publication does not list is named with the publication’s list', () => {
    const result = localizedText.safeParse({ zh: '邮政', en: 'Post', 'zh-Hant': '郵政' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"zh-Hant" is not a language of this publication: it has zh, en (report.locales in content/report.yaml)',
    ]);
  });

  test('names the missing language in the message, with its article', () => {
    const result = localizedText.safeParse({ en: 'Post' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['a Chinese text (zh) is required']);
    expect(localizedText.safeParse({ zh: '邮政' }).error?.issues.map((issue) => issue.message)).toEqual([
      'an English text (en) is required',
    ]);
  });
});

describe('mergedFontPackages', () => {
  test('the locales’ font packages in one order that keeps each locale’s preference', () => {
    expect(mergedFontPackages()).toEqual(['@fontsource/noto-sans', '@fontsource/noto-sans-sc']);
  });

  test.each([
    [
      [['b'], ['a', 'b']],
      ['a', 'b'],
    ],
    [
      [
        ['c', 'b'],
        ['a', 'b', 'c'],
      ],
      ['a', 'c', 'b'],
    ],
    [
      [['a'], ['b']],
      ['a', 'b'],
    ],
    [[], []],
  ])('%j → %j', (lists, expected) => {
    expect(mergedFontPackages(lists)).toEqual(expected);
  });
});
