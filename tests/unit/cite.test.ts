import { describe, expect, test } from 'vitest';
import { citeApa } from '../../src/lib/cite/cite-apa.ts';
import { citeBibtex, escapeTex } from '../../src/lib/cite/cite-bibtex.ts';
import { citeCslJson } from '../../src/lib/cite/cite-csl-json.ts';
import { citeGbt7714 } from '../../src/lib/cite/cite-gbt7714.ts';
import { citeRis } from '../../src/lib/cite/cite-ris.ts';
import { groupAuthorName } from '../../src/lib/cite/group-author-name.ts';
import { citationKey, figureCitationKey } from '../../src/lib/cite/citation-key.ts';
import { citationText, type CitedWork } from '../../src/lib/cite/cited-work.ts';

/*
 * The expected strings were written by hand from the standards, not produced by the code. The work
 * is the SPB's release under its own title; the English version is this site's translation.
 */
const release = '邮政快递业发展质效稳步提升 快递直投到村比例超过50%';
const zhRelease: CitedWork = {
  author: '国家邮政局',
  title: release,
  titleLang: 'zh-CN',
  date: '2021-01-04',
  url: 'https://example.org/',
  language: 'zh-CN',
};
const enRelease: CitedWork = {
  author: 'State Post Bureau',
  title: release,
  titleLang: 'zh-CN',
  translatedTitle: 'Sector improves steadily; direct-to-village rate exceeds 50%',
  date: '2021-01-04',
  url: 'https://example.org/en/',
  language: 'en',
  translatedIn: 'The Sector in 2020',
};

describe('GB/T 7714-2015', () => {
  test('the release as an online resource, with [EB/OL], its date, the access date and the address where it was read', () => {
    expect(citationText(citeGbt7714(zhRelease))).toBe(
      '国家邮政局. 邮政快递业发展质效稳步提升 快递直投到村比例超过50%[EB/OL]. (2021-01-04)[引用日期]. https://example.org/.',
    );
  });
  test('the access date: a placeholder on the page, the reader’s date once filled in', () => {
    const runs = citeGbt7714(zhRelease);
    expect(runs.filter((run) => run.accessDate).map((run) => run.text)).toEqual(['[引用日期]']);
    expect(citationText(runs, '2026-12-02')).toBe(
      '国家邮政局. 邮政快递业发展质效稳步提升 快递直投到村比例超过50%[EB/OL]. (2021-01-04)[2026-12-02]. https://example.org/.',
    );
  });
  test('a section or a chart is the same release, read at its own address', () => {
    expect(citationText(citeGbt7714({ ...zhRelease, url: 'https://example.org/talent/#chart-a' }))).toBe(
      '国家邮政局. 邮政快递业发展质效稳步提升 快递直投到村比例超过50%[EB/OL]. (2021-01-04)[引用日期]. https://example.org/talent/#chart-a.',
    );
  });
  test('the type code and the address are marked for the page', () => {
    const runs = citeGbt7714(zhRelease);
    expect(runs.filter((run) => run.code).map((run) => run.text)).toEqual(['[EB/OL]']);
    expect(runs.filter((run) => run.link).map((run) => run.text)).toEqual(['https://example.org/']);
  });
});

describe('APA 7', () => {
  test('a group author, the full date, the original title in italics, its translation in brackets, and whose translation the text is', () => {
    const runs = citeApa(enRelease);
    expect(citationText(runs)).toBe(
      'State Post Bureau. (2021, January 4). 邮政快递业发展质效稳步提升 快递直投到村比例超过50% [Sector improves steadily; direct-to-village rate exceeds 50%] (English translation in The Sector in 2020). https://example.org/en/',
    );
    expect(runs.filter((run) => run.italic)).toEqual([
      { text: release, italic: true, lang: 'zh-CN' },
      { text: 'The Sector in 2020', italic: true },
    ]);
  });
  test('no translation note when the text read is the original', () => {
    expect(citationText(citeApa({ ...enRelease, translatedIn: undefined }))).not.toContain('translation');
  });
  test('a date that is not YYYY-MM-DD is refused, naming it', () => {
    expect(() => citeApa({ ...enRelease, date: '4 January 2021' })).toThrow(
      'A citation date must be written YYYY-MM-DD, not "4 January 2021".',
    );
  });
});

describe('BibTeX', () => {
  test('a @misc entry with a braced group author, year, month, date, url and the translation note', () => {
    expect(citeBibtex(enRelease, 'spb2021')).toBe(
      [
        '@misc{spb2021,',
        '  author = {{State Post Bureau}},',
        '  title = {邮政快递业发展质效稳步提升 快递直投到村比例超过50\\% [Sector improves steadily; direct-to-village rate exceeds 50\\%]},',
        '  year = {2021},',
        '  month = jan,',
        '  date = {2021-01-04},',
        '  url = {https://example.org/en/},',
        '  note = {English translation in: The Sector in 2020}',
        '}',
        '',
      ].join('\n'),
    );
  });
  test('no note for the original', () => {
    expect(citeBibtex(zhRelease, 'spb2021')).not.toContain('note');
  });
  test.each([
    ['50% & more', '50\\% \\& more'],
    ['a_b {c} #1 $2', 'a\\_b \\{c\\} \\#1 \\$2'],
    ['~^\\', '\\textasciitilde{}\\textasciicircum{}\\textbackslash{}'],
  ])('escapes %s', (raw, escaped) => {
    expect(escapeTex(raw)).toBe(escaped);
  });
});

describe('RIS', () => {
  test('one tag per line, CRLF, closed by ER; the English version is in English and says whose translation it is', () => {
    expect(citeRis(enRelease)).toBe(
      `TY  - ELEC\r\nAU  - State Post Bureau\r\nTI  - ${release}\r\nTT  - Sector improves steadily; direct-to-village rate exceeds 50%\r\nPY  - 2021\r\nDA  - 2021/01/04\r\nUR  - https://example.org/en/\r\nLA  - en\r\nN1  - English translation in: The Sector in 2020\r\nER  - \r\n`,
    );
  });
  test('the original: no TT or N1 line, and its language', () => {
    const ris = citeRis(zhRelease);
    expect(ris).not.toContain('TT  -');
    expect(ris).not.toContain('N1  -');
    expect(ris).toContain('LA  - zh-CN\r\n');
  });
});

describe('CSL-JSON', () => {
  test('a webpage item with a literal author and date parts', () => {
    expect(citeCslJson(zhRelease, 'spb2021')).toEqual({
      id: 'spb2021',
      type: 'webpage',
      author: [{ literal: '国家邮政局' }],
      title: release,
      issued: { 'date-parts': [[2021, 1, 4]] },
      URL: 'https://example.org/',
      language: 'zh-CN',
    });
  });
  test('the English version: the translated title in brackets, its language and the translation note', () => {
    expect(citeCslJson(enRelease, 'en')).toMatchObject({
      title: `${release} [Sector improves steadily; direct-to-village rate exceeds 50%]`,
      language: 'en',
      note: 'English translation in: The Sector in 2020',
    });
  });
});

describe('group author names', () => {
  test.each([
    ['State Post Bureau (SPB)', 'State Post Bureau'],
    ['国家邮政局', '国家邮政局'],
    ['国家邮政局（国家邮政局）', '国家邮政局'],
  ])('%s → %s', (name, expected) => {
    expect(groupAuthorName(name)).toBe(expected);
  });
});

describe('citation keys', () => {
  test('a language version’s key is the report’s key (from its content) and the locale', () => {
    expect(citationKey('review2021', 'zh')).toBe('review2021-zh');
    expect(citationKey('review2021', 'en')).toBe('review2021-en');
  });
  test('a statistic’s key adds its figure id, its dots and other marks as hyphens', () => {
    expect(figureCitationKey('review2021', 'en', 'rural.parcels')).toBe('review2021-en-rural-parcels');
    expect(figureCitationKey('review2021', 'zh', 'two-ins-one-out.cross_border')).toBe('review2021-zh-two-ins-one-out-cross-border');
  });
});
