import { describe, expect, test } from 'vitest';
import { interpolate, mergeDictionary, parseDictionaries, parseDictionary, useTranslations } from '../../src/i18n/ui.ts';
import { qualifiers } from '../../src/schemas/figure.ts';
import en from '../../src/i18n/ui/en.json';
import zh from '../../src/i18n/ui/zh.json';
import { placeholderMismatches, placeholdersOf } from '../../src/i18n/ui-placeholders.ts';

describe('parseDictionary', () => {
  test('returns a complete dictionary as it is', () => {
    expect(parseDictionary('src/i18n/ui/en.json', en)).toEqual(en);
  });

  test('a missing key stops with the file and the key', () => {
    const { 'nav.home': _, ...incomplete } = zh;
    expect(() => parseDictionary('src/i18n/ui/zh.json', incomplete)).toThrow(
      'src/i18n/ui/zh.json does not match the UI strings schema:\n  - nav.home: missing: every locale needs this string',
    );
  });

  test('an unknown (misspelt) key, an empty string and a value that is not text', () => {
    const { 'nav.home': _, ...rest } = en;
    expect(() =>
      parseDictionary('src/i18n/ui/en.json', { ...rest, 'nav.hmoe': 'Home', 'nav.data': '', 'nav.search': 3 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `
      [Error: src/i18n/ui/en.json does not match the UI strings schema:
        - nav.home: missing: every locale needs this string
        - nav.data: empty: write the text for this locale
        - nav.search: expected a string
        - (top level): unknown field "nav.hmoe": check its spelling, or remove it]
    `,
    );
  });

  test('a dictionary that is not an object', () => {
    expect(() => parseDictionary('src/i18n/ui/en.json', ['Home'])).toThrowErrorMatchingInlineSnapshot(
      `
      [Error: src/i18n/ui/en.json does not match the UI strings schema:
        - (top level): expected a group of fields, received a list]
    `,
    );
  });
});

describe('a publication’s own UI strings (content/ui/<locale>.yaml)', () => {
  test('override the built-in strings key by key', () => {
    expect(mergeDictionary({ a: 'built-in', b: 'kept' }, { a: 'supplied' })).toEqual({ a: 'supplied', b: 'kept' });
    expect(mergeDictionary({ a: 'built-in' }, undefined)).toEqual({ a: 'built-in' });
    expect(mergeDictionary(undefined, { a: 'supplied' })).toEqual({ a: 'supplied' });
    // A file that is not a group of strings is kept whole, for the schema to name.
    expect(mergeDictionary({ a: 'built-in' }, ['a'])).toEqual(['a']);
  });

  test('a language the code has no strings for takes them all from the content', () => {
    const dictionaries = parseDictionaries(
      new Map([['zh-Hant' as never, { supplied: { ...zh, 'nav.home': '首頁' }, file: 'content/ui/zh-Hant.yaml' }]]),
    );
    expect([...dictionaries.values()].map((strings) => strings['nav.home'])).toEqual(['首頁']);
  });

  test('every missing key of every locale is listed with its file', () => {
    const { 'nav.home': _, 'nav.data': __, ...incomplete } = zh;
    expect(() =>
      parseDictionaries(
        new Map([
          ['zh', { builtIn: zh, supplied: { 'nav.home': '' }, file: 'content/ui/zh.yaml' }],
          ['en', { supplied: incomplete, file: 'content/ui/en.yaml' }],
          ['zh-Hant' as never, { file: 'content/ui/zh-Hant.yaml' }],
        ]),
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/ui/zh.yaml does not match the UI strings schema:
        - nav.home: empty: write the text for this locale
      content/ui/en.yaml does not match the UI strings schema:
        - nav.home: missing: every locale needs this string
        - nav.data: missing: every locale needs this string
      content/ui/zh-Hant.yaml is missing: the code has no UI strings of zh-Hant, so the publication supplies every one there (docs/editing.md, “Add a language”).]
    `);
  });
});

describe('placeholders', () => {
  test('zh.json and en.json take the same placeholders in every string', () => {
    expect(placeholderMismatches({ 'src/i18n/ui/en.json': en, 'src/i18n/ui/zh.json': zh })).toEqual([]);
  });

  test('the real dictionaries do use placeholders, so the comparison has something to compare', () => {
    expect(placeholdersOf(zh['home.conference'])).toEqual(['date', 'name', 'place']);
    // Each once: a string may show a value twice.
    expect(placeholdersOf('{a} {b} {a}')).toEqual(['a', 'b']);
  });

  test('a placeholder dropped, renamed or added in a translation is reported per key, naming its file', () => {
    const keep = ' Keep the placeholders as they are, each in braces; translate the words around them.';
    expect(
      placeholderMismatches({
        'en.json': { conference: '{name} ({date}, {place})', number: 'Figure {number}', plain: 'Home', same: '{a}' },
        'content/ui/zh-Hant.yaml': { conference: '{name}（{date}）', number: '圖{num}', plain: '首頁{page}', same: '{a}', other: 3 },
      }),
    ).toEqual([
      `content/ui/zh-Hant.yaml: "conference" has {date}, {name}, but the pages fill {date}, {name}, {place} (as in en.json).${keep}`,
      `content/ui/zh-Hant.yaml: "number" has {num}, but the pages fill {number} (as in en.json).${keep}`,
      `content/ui/zh-Hant.yaml: "plain" has {page}, but the pages fill none (as in en.json).${keep}`,
    ]);
    expect(placeholderMismatches({})).toEqual([]);
  });

  test('a publication’s own string without a placeholder stops the build with the other problems of the strings', () => {
    const { 'nav.home': _, ...rest } = zh;
    expect(() =>
      parseDictionaries(
        new Map([
          ['zh', { builtIn: zh, supplied: { 'home.conference': '{name}（{date}）' }, file: 'content/ui/zh.yaml' }],
          ['zh-Hant' as never, { supplied: { ...rest, 'home.conference': '{name}{date}{place}' }, file: 'content/ui/zh-Hant.yaml' }],
        ]),
      ),
    ).toThrow(
      [
        'content/ui/zh.yaml: "home.conference" has {date}, {name}, but the pages fill {date}, {name}, {place} (as in src/i18n/ui/en.json). Keep the placeholders as they are, each in braces; translate the words around them.',
        'content/ui/zh-Hant.yaml does not match the UI strings schema:\n  - nav.home: missing: every locale needs this string',
      ].join('\n'),
    );
  });
});

describe('useTranslations and interpolate', () => {
  test('translations are looked up per locale and filled in', () => {
    expect(useTranslations('zh')('nav.home')).toBe('首页');
    expect(useTranslations('en')('data.sectionFigures', { section: 'Talent' })).toBe('Talent: figures');
    expect(useTranslations('zh')('home.conference', { name: '会议', date: '2021年1月4日', place: '北京' })).toBe(
      '会议（2021年1月4日，北京）',
    );
  });

  test('a missing placeholder value is an error, not a blank', () => {
    expect(() => interpolate('{a} and {b}', { a: '1' })).toThrow('UI string "{a} and {b}" needs a value for {b}');
  });
});

describe('qualifier labels', () => {
  // A number the source gives without a qualifier (11.4万, 21.2亿) is rounded, not exact.
  const claimsExactness = /exact|precise|确数|精确|准确|确切/iu;

  test.each([
    ['zh', zh],
    ['en', en],
  ] as const)('%s: every qualifier has a label, and “no qualifier” is not called exact', (_, dictionary) => {
    const labels = new Map(Object.entries(dictionary).filter(([key]) => key.startsWith('figure.qualifier.')));
    expect([...labels.keys()].sort()).toEqual(qualifiers.map((qualifier) => `figure.qualifier.${qualifier}`).sort());
    expect(labels.get('figure.qualifier.none')).not.toMatch(claimsExactness);
  });

  test('the labels name the class for what it is', () => {
    expect(zh['figure.qualifier.none']).toBe('原文无限定词');
    expect(en['figure.qualifier.none']).toBe('as stated, no qualifier');
  });
});
