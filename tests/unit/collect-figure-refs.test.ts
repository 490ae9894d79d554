import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { figureRefProblems } from '../../src/lib/content/check-figure-refs.ts';
import { collectFigureRefs } from '../../src/lib/content/collect-figure-refs.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);

describe('collectFigureRefs', () => {
  test('finds Stat, KeyFigures and Chart ids in reading order, with lines', () => {
    const tree = parse(
      [
        '# Title',
        '',
        '<KeyFigures ids={["a.one", "a.two"]} />',
        '',
        'Text with <Stat id="a.three"/> inside, and <Stat id="a.one"/>.',
        '',
        '<Chart id="a-chart" />',
      ].join('\n'),
    );
    expect(collectFigureRefs(tree)).toEqual([
      { component: 'KeyFigures', id: 'a.one', line: 3 },
      { component: 'KeyFigures', id: 'a.two', line: 3 },
      { component: 'Stat', id: 'a.three', line: 5 },
      { component: 'Stat', id: 'a.one', line: 5 },
      { component: 'Chart', id: 'a-chart', line: 7 },
    ]);
  });

  test('ignores other elements', () => {
    expect(collectFigureRefs(parse('<span lang="zh-CN">中文</span> and <abbr title="x">SPB</abbr>'))).toEqual([]);
  });

  test('a Stat without an id', () => {
    expect(() => collectFigureRefs(parse('\n\nText <Stat/>.'))).toThrow('line 3: <Stat> needs an id="..." attribute with a quoted id.');
  });

  test('KeyFigures ids that are not a list of quoted ids', () => {
    expect(() => collectFigureRefs(parse('<KeyFigures ids={someVariable} />'))).toThrow(
      'line 1: <KeyFigures> needs ids={["section.figure", ...]}: a list of quoted figure ids.',
    );
  });
});

describe('figureRefProblems', () => {
  const known = { figures: new Set(['talent.students', 'talent.colleges']), charts: new Map([['titles', 'talent']]) };

  test('known ids and charts pass', () => {
    expect(
      figureRefProblems(
        [
          { component: 'Stat', id: 'talent.students', line: 3 },
          { component: 'Chart', id: 'titles', line: 4 },
        ],
        known,
        'f.mdx',
        'talent',
      ),
    ).toEqual([]);
  });

  test('an unknown id names file, line and the ids of its section', () => {
    expect(
      figureRefProblems([{ component: 'Stat', id: 'talent.studnets', line: 12 }], known, 'content/sections/en/talent.mdx', 'talent'),
    ).toEqual([
      'content/sections/en/talent.mdx:12: <Stat> names figure "talent.studnets", but no figure has this id. content/figures/talent.yaml defines: talent.colleges, talent.students. Add the figure there, or correct the id.',
    ]);
  });

  test('an unknown section prefix points to the figure files', () => {
    expect(figureRefProblems([{ component: 'KeyFigures', id: 'nope.x', line: undefined }], known, 'a.mdx', 'talent')).toEqual([
      'a.mdx: <KeyFigures> names figure "nope.x", but no figure has this id. content/figures/nope.yaml defines no figure of "nope". Add the figure there, or correct the id.',
    ]);
  });

  test('an unknown chart lists the chart ids', () => {
    expect(figureRefProblems([{ component: 'Chart', id: 'title', line: 9 }], known, 'b.mdx', 'talent')).toEqual([
      'b.mdx:9: <Chart> names chart "title", but no chart has this id. Chart ids: titles.',
    ]);
  });

  test('a chart shown in another section', () => {
    expect(figureRefProblems([{ component: 'Chart', id: 'titles', line: 2 }], known, 'c.mdx', 'couriers')).toEqual([
      'c.mdx:2: chart "titles" belongs to section "talent" (its "section" field), not "couriers".',
    ]);
  });
});
