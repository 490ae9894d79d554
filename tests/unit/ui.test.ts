import { describe, expect, test } from 'vitest';
import { interpolate, parseDictionary, useTranslations } from '../../src/i18n/ui.ts';
import { uiSchema } from '../../src/i18n/ui-schema.ts';
import en from '../../src/i18n/ui/en.json';
import zh from '../../src/i18n/ui/zh.json';

describe('UI dictionaries', () => {
  test.each([
    ['zh', zh],
    ['en', en],
  ])('%s has exactly the keys of the schema', (_, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(uiSchema.shape).sort());
  });

  test('a missing key stops with the file and the key', () => {
    const { 'nav.home': _, ...incomplete } = zh;
    expect(() => parseDictionary('zh', incomplete)).toThrow(
      'src/i18n/ui/zh.json does not match the UI strings schema:\n  - nav.home: missing: every locale needs this string',
    );
  });

  test('a misspelt key and a value that is not text, in friendly words', () => {
    const { 'nav.home': home, ...rest } = en;
    expect(() => parseDictionary('en', { ...rest, 'nav.hom': home, 'nav.data': 3 })).toThrow(
      [
        'src/i18n/ui/en.json does not match the UI strings schema:',
        '  - nav.home: missing: every locale needs this string',
        '  - nav.data: expected a string',
        '  - (top level): unknown field "nav.hom": check its spelling, or remove it',
      ].join('\n'),
    );
  });

  test('translations are looked up per locale and filled in', () => {
    expect(useTranslations('zh')('nav.home')).toBe('首页');
    expect(useTranslations('en')('data.sectionFigures', { section: 'Talent' })).toBe('Talent: figures');
  });

  test('a missing placeholder value is an error, not a blank', () => {
    expect(() => interpolate('{a} and {b}', { a: '1' })).toThrow('UI string "{a} and {b}" needs a value for {b}');
  });
});
