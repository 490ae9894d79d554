import { describe, expect, test } from 'vitest';
import { figureSectionProblems } from '../../src/lib/content/check-figure-sections.ts';
import { sectionProblems, sectionVersion, type SectionVersion } from '../../src/lib/content/check-section.ts';
import type { FigureRef } from '../../src/lib/content/collect-figure-refs.ts';
import type { TermRef } from '../../src/lib/content/collect-term-refs.ts';
import type { SectionBlock } from '../../src/lib/content/section-blocks.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { localizedText } from '../../src/schemas/localized.ts';

const zh = 'content/sections/zh/talent.mdx';
const en = 'content/sections/en/talent.mdx';
const stat = (id: string, line: number): FigureRef => ({ component: 'Stat', id, line });
const chart = (id: string, line: number): FigureRef => ({ component: 'Chart', id, line });
const known = {
  figures: new Set(['talent.students', 'talent.colleges']),
  charts: new Map([['titles', 'talent']]),
  terms: new Set(['senior-professional-title', 'talent-training-bases']),
  glossaryFile: 'content/glossary.yaml',
};
const advice = 'Every language shows the same figures and charts, in the same order.';
const paragraph = (position: number, line: number): SectionBlock => ({ kind: 'paragraph', position, line, detail: undefined });
/** A version whose blocks are one paragraph per figure ref, unless given. */
const version = (
  file: string,
  refs: FigureRef[],
  blocks = refs.map((ref, index) => paragraph(index + 1, ref.line ?? 0)),
  terms: TermRef[] = [],
): SectionVersion => ({
  file,
  refs,
  terms,
  blocks,
});

describe('sectionProblems', () => {
  test('every term a section marks is in the glossary, named with its line and the known ids', () => {
    const term = (id: string, line: number): TermRef => ({ id, line, first: true });
    const refs = [stat('talent.students', 3)];
    const blocks = [paragraph(1, 3)];
    expect(sectionProblems('talent', version(zh, refs, blocks, [term('senior-professional-title', 3)]), known)).toEqual([]);
    expect(sectionProblems('talent', version(en, refs, blocks, [term('senior-title', 9)]), known, version(zh, refs, blocks))).toEqual([
      `${en}:9: <Term> names term "senior-title", but content/glossary.yaml has no term with this id. Term ids: senior-professional-title, talent-training-bases.`,
    ]);
  });

  test('every unknown figure, chart and term of a file, in that order', () => {
    const term = (id: string, line: number): TermRef => ({ id, line, first: true });
    const refs = [stat('talent.studnets', 3), chart('title', 5), stat('talent.colleges', 7), stat('talent.collges', 9)];
    expect(sectionProblems('talent', version(zh, refs, undefined, [term('senior-title', 3)]), known)).toEqual([
      `${zh}:3: <Stat> names figure "talent.studnets", but no figure has this id. content/figures/talent.yaml defines: talent.colleges, talent.students. Add the figure there, or correct the id.`,
      `${zh}:5: <Chart> names chart "title", but no chart has this id. Chart ids: titles.`,
      `${zh}:9: <Stat> names figure "talent.collges", but no figure has this id. content/figures/talent.yaml defines: talent.colleges, talent.students. Add the figure there, or correct the id.`,
      `${zh}:3: <Term> names term "senior-title", but content/glossary.yaml has no term with this id. Term ids: senior-professional-title, talent-training-bases.`,
    ]);
  });

  test('the source language: every id must exist, no parity check', () => {
    expect(sectionProblems('talent', version(zh, [stat('talent.students', 3), chart('titles', 5)]), known)).toEqual([]);
    expect(sectionProblems('talent', version(zh, [stat('talent.studnets', 3)]), known)).toEqual([
      `${zh}:3: <Stat> names figure "talent.studnets", but no figure has this id. content/figures/talent.yaml defines: talent.colleges, talent.students. Add the figure there, or correct the id.`,
    ]);
  });

  test('a chart shown in another section', () => {
    expect(sectionProblems('rural', version(zh, [chart('titles', 4)]), known)).toEqual([
      `${zh}:4: chart "titles" belongs to section "talent" (its "section" field), not "rural".`,
    ]);
  });

  test('a translation that matches its source language passes', () => {
    const refs = [stat('talent.students', 3), chart('titles', 5)];
    expect(sectionProblems('talent', version(en, refs), known, version(zh, refs))).toEqual([]);
  });

  test('a translation is checked for unknown ids before parity', () => {
    // Its one typo is one problem, not also a figure that the source language shows and it does not.
    const problems = sectionProblems('talent', version(en, [stat('talent.nope', 7)]), known, version(zh, [stat('talent.students', 3)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${en}:7: <Stat> names figure "talent.nope", but no figure has this id.`);
  });

  test('a translation whose blocks differ, once its figures match', () => {
    const refs = [stat('talent.students', 3)];
    expect(
      sectionProblems('talent', version(en, refs, [paragraph(1, 3), paragraph(2, 5)]), known, version(zh, refs, [paragraph(1, 3)])),
    ).toEqual([
      `Section "talent", block 2: ${en}:5 has a paragraph, but ${zh} ends after block 1. Both languages have the same headings, paragraphs, lists and charts, in the same order.`,
    ]);
  });

  test('a version as the remark plugins record it in the front matter', () => {
    const blocks = [paragraph(1, 3)];
    const terms: TermRef[] = [{ id: 'senior-professional-title', line: 3, first: true }];
    expect(sectionVersion(zh, { figureRefs: [stat('talent.students', 3)], sectionBlocks: blocks, termRefs: terms })).toEqual(
      version(zh, [stat('talent.students', 3)], blocks, terms),
    );
    expect(sectionVersion(zh, {})).toEqual(version(zh, [], []));
  });

  test('every parity problem of a translation, and then no block comparison', () => {
    // One paragraph each, so the blocks agree; the figures in them do not.
    expect(sectionProblems('talent', version(en, [stat('talent.colleges', 4)]), known, version(zh, [stat('talent.students', 3)]))).toEqual([
      `Section "talent": ${zh}:3 shows figure "talent.students", but ${en} does not. ${advice}`,
      `Section "talent": ${en}:4 shows figure "talent.colleges", but ${zh} does not. ${advice}`,
    ]);
  });
});

describe('figureSectionProblems', () => {
  const figure = (section: string): Figure => ({
    id: `${section}.x`,
    section,
    value: 1,
    asWritten: '1件',
    unit: 'items',
    qualifier: 'none',
    period: 2020,
    label: localizedText.parse({ zh: '件', en: 'Items' }),
    source: 's',
  });

  test('figures of existing sections pass', () => {
    expect(figureSectionProblems(new Map([['talent.x', figure('talent')]]), new Set(['talent', 'rural']))).toEqual([]);
  });

  test('every figure of a figures file named after no section', () => {
    const figures = new Map([
      ['talent.x', figure('talent')],
      ['talnet.y', figure('talnet')],
      ['talnet.z', figure('talnet')],
    ]);
    expect(figureSectionProblems(figures, new Set(['talent']))).toEqual([
      'content/figures/talnet.yaml: figure "talnet.y" belongs to section "talnet", but there is no content/sections/<language>/talnet.mdx. Name the file after an existing section.',
      'content/figures/talnet.yaml: figure "talnet.z" belongs to section "talnet", but there is no content/sections/<language>/talnet.mdx. Name the file after an existing section.',
    ]);
  });
});
