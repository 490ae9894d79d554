import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import {
  formatFrontmatterNumberProblem,
  formatProseNumberProblem,
  proseNumberProblems,
} from '../../src/lib/content/check-prose-numbers.ts';
import { findTypedNumbers } from '../../src/lib/content/find-typed-numbers.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const typed = (text: string) => findTypedNumbers(text).map(({ text: number, value }) => [number, value]);

describe('findTypedNumbers', () => {
  test.each([
    ['a magnitude in Chinese', '农村地区收投快件超过300亿件', [['300亿', 3e10]]],
    ['a decimal with 万', '共6.2万个建制村', [['6.2万', 62000]]],
    ['余 after a number', '7000余家企业', [['7000余', 7000]]],
    ['a two-digit share', '直投比例超过50%', [['50%', 50]]],
    ['a fullwidth percent sign and digits', '比例为５０％', [['５０％', 50]]],
    [
      'English magnitudes',
      'handled 2.12 billion items and 30 million more',
      [
        ['2.12 billion', 2.12e9],
        ['30 million', 3e7],
      ],
    ],
    ['percent as a word', 'a share of 50 per cent', [['50 per cent', 50]]],
    ['three or more digits', 'trained 293000 people', [['293000', 293000]]],
    ['thousands separators', 'about 62,000 villages', [['62,000', 62000]]],
    ['a decimal of three digits', 'grew by 12.5 points', [['12.5', 12.5]]],
    ['a year with a magnitude is a number', '2020万件', [['2020万', 2.02e7]]],
    ['a quoted number with a magnitude is a statistic', '“50%”', [['50%', 50]]],
    [
      'several numbers keep their order',
      '100个和200个',
      [
        ['100', 100],
        ['200', 200],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  test.each([
    ['years', '2020年，2021年全国邮政管理工作会议'],
    ['a year before a comma', 'In 2020, the SPB reviewed 2019.'],
    ['a range of years', '2016-2020'],
    ['dates', '1月4日召开; on 4 January 2021'],
    ['ordinals and small numbers', 'the 14th Five-Year Plan, in 3 provinces'],
    ['a quoted programme name', '职业技能培训“246”工程; the “246” programme; the "246" programme'],
    ['codes and versions', 'H264 and v1.250'],
    ['text without numbers', '快递进村、进厂、出海'],
  ])('allows %s', (_, text) => {
    expect(typed(text)).toEqual([]);
  });
});

describe('proseNumberProblems', () => {
  const figures = [
    { id: 'alpha.villages', value: 62000 },
    { id: 'beta.villages', value: 62000 },
    { id: 'alpha.share', value: 50 },
  ];

  test('finds numbers in prose with their lines and the figures of that value', () => {
    const tree = parse(['# Title', '', 'Reached 62,000 villages,', 'a share of over 50%.', '', '- and 123 more'].join('\n'));
    expect(proseNumberProblems(tree, figures)).toEqual([
      { line: 3, text: '62,000', figureIds: ['alpha.villages', 'beta.villages'] },
      { line: 4, text: '50%', figureIds: ['alpha.share'] },
      { line: 6, text: '123', figureIds: [] },
    ]);
  });

  test('components and code are not prose; plain HTML elements and emphasis are', () => {
    const tree = parse(
      [
        'Reached <Stat id="alpha.villages"/> in 2020, see `figure 12345`.',
        '',
        '<KeyFigures ids={["alpha.share"]} />',
        '',
        'Named <span lang="en">project 500</span>, and **62**万 more.',
      ].join('\n'),
    );
    expect(proseNumberProblems(tree, figures)).toEqual([
      { line: 5, text: '500', figureIds: [] },
      { line: 5, text: '62万', figureIds: [] },
    ]);
  });

  test('a component ends a number: the digits beside it are not joined to its output', () => {
    expect(proseNumberProblems(parse('共<Stat id="alpha.villages"/>12个'), figures)).toEqual([]);
  });

  test('a component’s own text is a run of its own, apart from the text on either side', () => {
    expect(proseNumberProblems(parse('共12<Term id="t">3</Term>45个'), figures)).toEqual([]);
    expect(proseNumberProblems(parse('共<Term id="t">12<em>3</em>4</Term>个'), figures)).toEqual([
      { line: 1, text: '1234', figureIds: [] },
    ]);
  });

  test('a clean section has no problems', () => {
    expect(proseNumberProblems(parse('2020年，全国<Stat id="alpha.villages"/>建制村通快递。'), figures)).toEqual([]);
  });
});

describe('formatProseNumberProblem', () => {
  test.each([
    [
      { line: 7, text: '6.2万', figureIds: ['alpha.villages'] },
      'content/sections/zh/alpha.mdx:7: the number "6.2万" is typed into the text. Numbers come from the figures, so that both languages show the same value. Write <Stat id="alpha.villages"/> instead.',
    ],
    [
      { line: 3, text: '62,000', figureIds: ['alpha.villages', 'beta.villages'] },
      'content/sections/zh/alpha.mdx:3: the number "62,000" is typed into the text. Numbers come from the figures, so that both languages show the same value. Write <Stat id="alpha.villages"/> or <Stat id="beta.villages"/> instead.',
    ],
    [
      { line: undefined, text: '123', figureIds: [] },
      'content/sections/zh/alpha.mdx: the number "123" is typed into the text. Numbers come from the figures, so that both languages show the same value. Add it as a figure to content/figures/alpha.yaml and write <Stat id="..."/> instead.',
    ],
  ])('%o', (problem, message) => {
    expect(formatProseNumberProblem(problem, 'content/sections/zh/alpha.mdx', 'content/figures/alpha.yaml')).toBe(message);
  });
});

describe('formatFrontmatterNumberProblem', () => {
  test('names the file and the field, and says to use words', () => {
    expect(formatFrontmatterNumberProblem('21.2亿', 'content/sections/zh/alpha.mdx', 'description')).toBe(
      'content/sections/zh/alpha.mdx: the number "21.2亿" is typed into the description in the front matter. Numbers come from the figures, so that both languages show the same value. A description cannot show a figure: say it in words and leave the number to the text.',
    );
  });
});
