import { describe, expect, test } from 'vitest';
import {
  figureListAnchor,
  filePath,
  isSideBySidePath,
  langParam,
  localeFromLangParam,
  localeOfPrefix,
  localePaths,
  pathPrefix,
  pagePath,
} from '../../src/i18n/paths.ts';
import { localeOfPathPrefix } from '../../src/i18n/locales.ts';

describe.each([
  ['/', ''],
  ['/report/', '/report'],
  ['/report', '/report'],
])('with base %s', (base, prefix) => {
  test('pages of each language', () => {
    expect(pagePath('zh', '', base)).toBe(`${prefix}/`);
    expect(pagePath('en', '', base)).toBe(`${prefix}/en/`);
    expect(pagePath('zh', 'infrastructure', base)).toBe(`${prefix}/infrastructure/`);
    expect(pagePath('en', 'infrastructure', base)).toBe(`${prefix}/en/infrastructure/`);
  });

  test('downloads', () => {
    expect(filePath('figures.csv', base)).toBe(`${prefix}/figures.csv`);
  });

  test('the language of a path prefix (the 404 page’s script): none for the source language’s pages', () => {
    expect(localeOfPathPrefix(`${prefix}/`, base)).toBeUndefined();
    expect(localeOfPathPrefix(`${prefix}/talent/`, base)).toBeUndefined();
    expect(localeOfPathPrefix(`${prefix}/en/`, base)).toBe('en');
    expect(localeOfPathPrefix(`${prefix}/en/talent/`, base)).toBe('en');
  });
});

test('a section slug that starts like a language prefix has no language of its own', () => {
  expect(localeOfPathPrefix('/english-courses/', '/')).toBeUndefined();
  expect(localeOfPrefix('english-courses')).toBeUndefined();
});

test('the source language lives at the root, whatever its own prefix', () => {
  expect(pathPrefix('zh')).toBe('');
  expect(localeOfPrefix('zh')).toBeUndefined();
  expect(pathPrefix('en')).toBe('en');
  expect(localeOfPrefix('en')).toBe('en');
});

test('route parameter of each language', () => {
  expect(langParam('zh')).toBeUndefined();
  expect(langParam('en')).toBe('en');
});

describe('localeFromLangParam', () => {
  test.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en', 'en'],
  ])('[...lang] = %j: %s', (lang, locale) => {
    expect(localeFromLangParam(lang)).toBe(locale);
  });

  test('is the inverse of langParam', () => {
    for (const locale of ['zh', 'en'] as const) expect(localeFromLangParam(langParam(locale))).toBe(locale);
  });

  test('a prefix no locale has is an error that names it and the known prefixes', () => {
    expect(() => localeFromLangParam('fr')).toThrow('"fr" is not the path prefix of a locale of the publication (it has en)');
  });
});

describe('localePaths', () => {
  test('one path per language: Chinese at the root, English under en/', () => {
    expect(localePaths()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }]);
  });
});

test.each([
  ['parallel/talent/', true],
  ['en/parallel/talent/index.html', true],
  ['/en/parallel/talent/', true],
  ['parallel-imports/', false],
  ['en/talent/', false],
  ['talent/parallel/', false],
])('isSideBySidePath(%s): %s', (pathInSite, expected) => {
  expect(isSideBySidePath(pathInSite)).toBe(expected);
});

test('a section’s statistics in the list of figures have an anchor of their own', () => {
  expect(figureListAnchor('talent')).toBe('statistics-talent');
});
