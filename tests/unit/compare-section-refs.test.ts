import { describe, expect, test } from 'vitest';
import type { FigureRef } from '../../src/lib/content/collect-figure-refs.ts';
import { sectionRefsProblems } from '../../src/lib/content/compare-section-refs.ts';

const zh = 'content/sections/zh/talent.mdx';
const en = 'content/sections/en/talent.mdx';
const stat = (id: string, line: number): FigureRef => ({ component: 'Stat', id, line });
const keyFigure = (id: string, line: number): FigureRef => ({ component: 'KeyFigures', id, line });
const chart = (id: string, line: number): FigureRef => ({ component: 'Chart', id, line });
const advice = 'Every language shows the same figures and charts, in the same order.';

describe('sectionRefsProblems', () => {
  test.each<[string, FigureRef[], FigureRef[], string[]]>([
    [
      'the same figures and charts in the same order',
      [keyFigure('t.a', 3), stat('t.a', 5), chart('c', 7)],
      [keyFigure('t.a', 4), stat('t.a', 9), chart('c', 11)],
      [],
    ],
    ['a figure in a card on one side and in a sentence on the other is the same figure', [stat('t.a', 3)], [keyFigure('t.a', 3)], []],
    [
      'a figure missing in the translation',
      [stat('t.a', 3), stat('t.b', 5)],
      [stat('t.a', 3)],
      [`Section "talent": ${zh}:5 shows figure "t.b", but ${en} does not. ${advice}`],
    ],
    [
      'an extra chart in the translation',
      [stat('t.a', 3)],
      [stat('t.a', 3), chart('t-chart', 9)],
      [`Section "talent": ${en}:9 shows chart "t-chart", but ${zh} does not. ${advice}`],
    ],
    [
      'a figure shown twice on one side and once on the other',
      [stat('t.a', 3), stat('t.a', 8)],
      [stat('t.a', 4)],
      [`Section "talent": ${zh}:8 shows figure "t.a", but ${en} does not. ${advice}`],
    ],
    [
      'a chart and a figure of the same id are different things',
      [chart('x', 3)],
      [stat('x', 3)],
      [
        `Section "talent": ${zh}:3 shows chart "x", but ${en} does not. ${advice}`,
        `Section "talent": ${en}:3 shows figure "x", but ${zh} does not. ${advice}`,
      ],
    ],
    [
      'the same figures in another order',
      [stat('t.a', 3), stat('t.b', 5)],
      [stat('t.b', 3), stat('t.a', 5)],
      [`Section "talent" shows its figures in a different order: ${zh} has t.a, t.b; ${en} has t.b, t.a. ${advice}`],
    ],
  ])('%s', (_, source, translation, expected) => {
    expect(sectionRefsProblems('talent', { file: zh, refs: source }, { file: en, refs: translation })).toEqual(expected);
  });
});
