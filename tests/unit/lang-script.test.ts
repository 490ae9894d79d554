import { expect, test } from 'vitest';
import { isHanScript, isLatinScript, scriptOf } from '../../src/lib/site-checks/lang-script.ts';

test.each([
  ['zh-CN', 'Hans'],
  ['zh', 'Hans'],
  ['zh-Hant', 'Hant'],
  ['zh-TW', 'Hant'],
  ['en', 'Latn'],
  ['en-GB', 'Latn'],
  ['', undefined],
  ['not a tag!', undefined],
])('the script of lang="%s" is %s', (lang, script) => {
  expect(scriptOf(lang)).toBe(script);
});

test('Han and Latin scripts', () => {
  expect(['zh-CN', 'zh-Hant'].map(isHanScript)).toEqual([true, true]);
  expect(['en', 'zh-Hant', 'ru'].map(isLatinScript)).toEqual([true, false, false]);
});
