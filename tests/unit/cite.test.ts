import { describe, expect, test } from 'vitest';
import { citeApa } from '../../src/lib/cite/cite-apa.ts';
import { citeBibtex, escapeTex } from '../../src/lib/cite/cite-bibtex.ts';
import { citeCslJson } from '../../src/lib/cite/cite-csl-json.ts';
import { citeGbt7714 } from '../../src/lib/cite/cite-gbt7714.ts';
import { citeRis } from '../../src/lib/cite/cite-ris.ts';
import { groupAuthorName } from '../../src/lib/cite/group-author-name.ts';
import { citationText, type CitedWork } from '../../src/lib/cite/cited-work.ts';

/* The expected strings were written by hand from the standards, not produced by the code. */
const zhReport: CitedWork = {
  author: '国家邮政局',
  title: '2020年中国邮政快递业发展回顾',
  titleLang: 'zh-CN',
  date: '2021-01-04',
  url: 'https://example.org/',
};
const enReport: CitedWork = {
  author: 'State Post Bureau',
  title: '2020年中国邮政快递业发展回顾',
  titleLang: 'zh-CN',
  translatedTitle: 'China’s postal and express delivery sector in 2020',
  date: '2021-01-04',
  url: 'https://example.org/en/',
};

describe('GB/T 7714-2015', () => {
  test('the report as an online resource, with [EB/OL], the date and the URL', () => {
    expect(citationText(citeGbt7714(zhReport))).toBe(
      '国家邮政局. 2020年中国邮政快递业发展回顾[EB/OL]. (2021-01-04)[引用日期]. https://example.org/.',
    );
  });
  test('a section is other title information after the report’s title', () => {
    expect(citationText(citeGbt7714({ ...zhReport, part: '人才队伍', url: 'https://example.org/talent/' }))).toBe(
      '国家邮政局. 2020年中国邮政快递业发展回顾：人才队伍[EB/OL]. (2021-01-04)[引用日期]. https://example.org/talent/.',
    );
  });
  test('the access date: a placeholder on the page, the reader’s date once filled in', () => {
    const runs = citeGbt7714(zhReport);
    expect(runs.filter((run) => run.accessDate).map((run) => run.text)).toEqual(['[引用日期]']);
    expect(citationText(runs, '2026-12-02')).toBe(
      '国家邮政局. 2020年中国邮政快递业发展回顾[EB/OL]. (2021-01-04)[2026-12-02]. https://example.org/.',
    );
  });
  test('the type code and the address are marked for the page', () => {
    const runs = citeGbt7714(zhReport);
    expect(runs.filter((run) => run.code).map((run) => run.text)).toEqual(['[EB/OL]']);
    expect(runs.filter((run) => run.link).map((run) => run.text)).toEqual(['https://example.org/']);
  });
});

describe('APA 7', () => {
  test('a group author, the full date, the original title in italics and its translation in brackets', () => {
    const runs = citeApa(enReport);
    expect(citationText(runs)).toBe(
      'State Post Bureau. (2021, January 4). 2020年中国邮政快递业发展回顾 [China’s postal and express delivery sector in 2020]. https://example.org/en/',
    );
    expect(runs.filter((run) => run.italic)).toEqual([{ text: '2020年中国邮政快递业发展回顾', italic: true, lang: 'zh-CN' }]);
  });
  test('a chart is cited like a chapter of the report', () => {
    const chart = { ...enReport, part: 'Figure 2. Villages reached', url: 'https://example.org/en/talent/#chart-a' };
    expect(citationText(citeApa(chart))).toBe(
      'State Post Bureau. (2021, January 4). Figure 2. Villages reached. In 2020年中国邮政快递业发展回顾 [China’s postal and express delivery sector in 2020]. https://example.org/en/talent/#chart-a',
    );
  });
  test('a date that is not YYYY-MM-DD is refused, naming it', () => {
    expect(() => citeApa({ ...enReport, date: '4 January 2021' })).toThrow(
      'A citation date must be written YYYY-MM-DD, not "4 January 2021".',
    );
  });
});

describe('BibTeX', () => {
  test('a @misc entry with a braced group author, year, month, date and url', () => {
    expect(citeBibtex(enReport, 'spb2021')).toBe(
      [
        '@misc{spb2021,',
        '  author = {{State Post Bureau}},',
        '  title = {2020年中国邮政快递业发展回顾 [China’s postal and express delivery sector in 2020]},',
        '  year = {2021},',
        '  month = jan,',
        '  date = {2021-01-04},',
        '  url = {https://example.org/en/}',
        '}',
        '',
      ].join('\n'),
    );
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
  test('one tag per line, CRLF, closed by ER', () => {
    expect(citeRis(enReport)).toBe(
      'TY  - ELEC\r\nAU  - State Post Bureau\r\nTI  - 2020年中国邮政快递业发展回顾\r\nTT  - China’s postal and express delivery sector in 2020\r\nPY  - 2021\r\nDA  - 2021/01/04\r\nUR  - https://example.org/en/\r\nLA  - zh-CN\r\nER  - \r\n',
    );
  });
  test('no TT line when the title needs no translation', () => {
    expect(citeRis(zhReport)).not.toContain('TT  -');
  });
});

describe('CSL-JSON', () => {
  test('a webpage item with a literal author and date parts', () => {
    expect(citeCslJson(zhReport, 'spb2021')).toEqual({
      id: 'spb2021',
      type: 'webpage',
      author: [{ literal: '国家邮政局' }],
      title: '2020年中国邮政快递业发展回顾',
      issued: { 'date-parts': [[2021, 1, 4]] },
      URL: 'https://example.org/',
      language: 'zh-CN',
    });
  });
  test('a part is the item, the report its container', () => {
    const item = citeCslJson({ ...enReport, part: 'Talent' }, 'talent');
    expect(item.title).toBe('Talent');
    expect(item['container-title']).toBe('2020年中国邮政快递业发展回顾 [China’s postal and express delivery sector in 2020]');
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
