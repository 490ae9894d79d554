import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentToCheck } from '../../src/lib/content/check-content.ts';
import type { SectionVersion } from '../../src/lib/content/check-section.ts';
import { collectFigureRefs } from '../../src/lib/content/collect-figure-refs.ts';
import { collectTermRefs } from '../../src/lib/content/collect-term-refs.ts';
import { sectionBlocks } from '../../src/lib/content/section-blocks.ts';
import type { Chart } from '../../src/schemas/chart.ts';
import { unit, type Figure } from '../../src/schemas/figure.ts';
import { localizedText } from '../../src/schemas/localized.ts';

/*
 * The content pipeline's checks on a small publication held in memory: the valid fixture
 * (tests/fixtures/valid) as entries, its sections as MDX that is parsed as the remark plugins parse
 * it, and mistakes laid over it. No build: each case runs in milliseconds.
 */

/** A section entry as the content store gives it, with its MDX text. */
interface Section {
  id: string;
  filePath: string;
  data: { title: string; order: number };
  mdx: string;
}

const section = (locale: string, slug: string, order: number, mdx: string): Section => ({
  id: `${locale}/${slug}`,
  filePath: `content/sections/${locale}/${slug}.mdx`,
  data: { title: `${slug} (${locale})`, order },
  mdx,
});

/** What the remark plugins record of a section when it is compiled (src/integrations/remark/). */
function versionOf(entry: Section): SectionVersion {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(entry.mdx);
  return {
    file: entry.filePath,
    refs: collectFigureRefs(tree),
    terms: collectTermRefs(tree),
    blocks: sectionBlocks(tree),
  };
}

const figure = (id: string, fields: Partial<Figure> = {}): Figure => ({
  id,
  section: id.split('.')[0] ?? '',
  value: 62000,
  asWritten: '6.2万个',
  unit: unit.parse({ zh: '个', en: { one: 'village', other: 'villages' } }),
  qualifier: 'none',
  period: 2020,
  label: localizedText.parse({ zh: '通快递的村', en: 'Villages reached' }),
  source: 'test-source',
  ...fields,
});

const chart = (fields: Partial<Chart> = {}): Chart => ({
  section: 'alpha',
  type: 'bar',
  title: localizedText.parse({ zh: '村庄', en: 'Villages' }),
  caption: localizedText.parse({ zh: '通快递的村', en: 'Villages reached' }),
  description: localizedText.parse({ zh: '共有{alpha.villages}。', en: '{alpha.villages} in all.' }),
  valueAxis: localizedText.parse({ zh: '村（个）', en: 'Villages' }),
  figures: [{ figure: 'alpha.villages' }],
  ...fields,
});

const zhAlpha = `<Term id="express-delivery-to-villages">快递进村</Term>共有<Stat id="alpha.villages"/>建制村，<Term id="direct-to-village-delivery-rate">直投比例</Term><Stat id="alpha.share"/>。

<Chart id="alpha-villages" />
`;
const enAlpha = `<Term id="express-delivery-to-villages">Express delivery</Term> reached <Stat id="alpha.villages"/>; the <Term id="direct-to-village-delivery-rate">direct share</Term> was <Stat id="alpha.share"/>.

<Chart id="alpha-villages" />
`;

/** The valid fixture, with `changes` laid over it. */
function content(changes: Partial<ContentToCheck<Section, { id: string }>> = {}): ContentToCheck<Section, { id: string }> {
  const figures =
    changes.figures ?? new Map([figure('alpha.villages'), figure('alpha.share', { unit: 'percent', value: 50 })].map((f) => [f.id, f]));
  return {
    files: {
      report: 'content/report.yaml',
      sources: 'content/sources.yaml',
      figures: 'content/figures',
      glossary: 'content/glossary.yaml',
    },
    report: { source: 'test-source', keyFigures: ['alpha.villages', 'alpha.share'] },
    sourceIds: new Set(['test-source']),
    figureFiles: new Map([...figures.keys()].map((id) => [id, `content/figures/${id.split('.')[0] ?? ''}.yaml`])),
    charts: [{ id: 'alpha-villages', file: 'content/charts/alpha-villages.yaml', chart: chart() }],
    terms: [{ id: 'direct-to-village-delivery-rate' }, { id: 'express-delivery-to-villages' }],
    sections: [section('zh', 'alpha', 1, zhAlpha), section('en', 'alpha', 1, enAlpha)],
    versionOf,
    ...changes,
    figures,
  };
}

const sameFigures = 'Every language shows the same figures and charts, in the same order.';

describe('checkContent', () => {
  test('the valid fixture has no problem: its sections paired, its chart numbered, its terms with their uses', () => {
    const checked = checkContent(content());
    expect(checked.problems).toEqual([]);
    expect(checked.pairs.map((pair) => [pair.slug, pair.byLocale.zh.id, pair.byLocale.en.id])).toEqual([['alpha', 'zh/alpha', 'en/alpha']]);
    expect([...checked.chartNumbers]).toEqual([['alpha-villages', 1]]);
    // In the order the Chinese text first uses them.
    expect(checked.glossary.map(({ term, uses }) => [term.id, uses.zh.map((use) => use.slug), uses.en.map((use) => use.title)])).toEqual([
      ['express-delivery-to-villages', ['alpha'], ['alpha (en)']],
      ['direct-to-village-delivery-rate', ['alpha'], ['alpha (en)']],
    ]);
  });

  test('a difference between the languages and the terms it leaves unmarked: both, in one list', () => {
    // The figures-differ fixture: the English text lost a figure, and with it the terms it marked.
    const en = section(
      'en',
      'alpha',
      1,
      'Express delivery reached <Stat id="alpha.villages"/>, and the direct share grew.\n\n<Chart id="alpha-villages" />\n',
    );
    expect(checkContent(content({ sections: [section('zh', 'alpha', 1, zhAlpha), en] })).problems).toEqual([
      `Section "alpha": content/sections/zh/alpha.mdx:1 shows figure "alpha.share", but content/sections/en/alpha.mdx does not. ${sameFigures}`,
      [
        'content/glossary.yaml: term "express-delivery-to-villages" is marked in no section in en. Mark its uses with <Term id="express-delivery-to-villages">…</Term> in every language\'s sections, or remove it from the glossary.',
        'content/glossary.yaml: term "direct-to-village-delivery-rate" is marked in no section in en. Mark its uses with <Term id="direct-to-village-delivery-rate">…</Term> in every language\'s sections, or remove it from the glossary.',
      ].join('\n'),
    ]);
  });

  test('a mistake in every kind of file at once: every problem with its file, in the order an editor fixes them', () => {
    const problems = checkContent(
      content({
        sections: [
          section('zh', 'alpha', 1, zhAlpha),
          section('en', 'alpha', 1, enAlpha.replace('alpha.share', 'alpha.shares')),
          // A section without its English version.
          section('zh', 'beta', 2, '第二节。\n'),
        ],
        figures: new Map(
          [
            figure('alpha.villages'),
            figure('alpha.share', { unit: 'percent', value: 50, source: 'test-sourse' }),
            // A figures file named after no section.
            figure('gamma.stations'),
          ].map((f) => [f.id, f]),
        ),
        report: { source: 'test-source', keyFigures: ['alpha.villages', 'alpha.shar'] },
        charts: [
          { id: 'alpha-villages', file: 'content/charts/alpha-villages.yaml', chart: chart({ figures: [{ figure: 'alpha.vilages' }] }) },
          // A chart that no section shows.
          {
            id: 'alpha-share',
            file: 'content/charts/alpha-share.yaml',
            chart: chart({ type: 'table', figures: [{ figure: 'alpha.share' }] }),
          },
        ],
      }),
    ).problems;
    expect(problems).toEqual([
      'Section "beta" has no en version: content/sections/zh/beta.mdx exists but content/sections/en/beta.mdx does not. Every section needs one file per language, with the same name.',
      'content/figures/alpha.yaml: figure "alpha.share" names source "test-sourse", but content/sources.yaml has no source with this id. Source ids: test-source.',
      'content/figures/gamma.yaml: figure "gamma.stations" belongs to section "gamma", but there is no content/sections/<language>/gamma.mdx. Name the file after an existing section.',
      'keyFigures in content/report.yaml names figure "alpha.shar", but no figure in content/figures has this id.',
      'content/charts/alpha-villages.yaml: the chart plots figure "alpha.vilages", but no figure has this id.',
      'content/charts/alpha-share.yaml: no section shows chart "alpha-share" as a <Chart id="alpha-share" /> element, so it has no number. Write the element in the text of section "alpha", or delete the file.',
      'content/sections/en/alpha.mdx:1: <Stat> names figure "alpha.shares", but no figure has this id. content/figures/alpha.yaml defines: alpha.share, alpha.villages. Add the figure there, or correct the id.',
    ]);
  });

  test('a <Stat> attribute it does not take, or a form it does not have: the file, line, id and what is expected', () => {
    const en = section(
      'en',
      'alpha',
      1,
      enAlpha
        .replace('<Stat id="alpha.villages"/>', '<Stat id="alpha.villages" form="number"/>')
        .replace('<Stat id="alpha.share"/>', '<Stat id="alpha.share" form="numbers" from="number" short/>'),
    );
    const zh = section('zh', 'alpha', 1, zhAlpha.replace('<Stat id="alpha.share"/>', '<Stat id="alpha.share" form={"number"}/>'));
    expect(checkContent(content({ sections: [zh, en] })).problems).toEqual([
      'content/sections/zh/alpha.mdx:1: <Stat id="alpha.share"> has form={"number"}, but form is "number" (to leave the unit out) or absent.',
      'content/sections/en/alpha.mdx:1: <Stat id="alpha.share"> has form="numbers", but form is "number" (to leave the unit out) or absent.',
      'content/sections/en/alpha.mdx:1: <Stat id="alpha.share"> has the attribute from="number", which <Stat> does not take. Besides its id it takes only form="number", which leaves the unit out.',
      'content/sections/en/alpha.mdx:1: <Stat id="alpha.share"> has the attribute short, which <Stat> does not take. Besides its id it takes only form="number", which leaves the unit out.',
    ]);
  });

  test('the problems do not depend on the order the content store returns the sections in', () => {
    const sections = [
      section('zh', 'alpha', 1, zhAlpha),
      section('en', 'alpha', 1, enAlpha.replace('alpha.share', 'alpha.shares')),
      section('en', 'beta', 2, 'Section two.\n'),
      section('zh', 'beta', 2, '第二节 <Stat id="alpha.villages"/>。\n'),
    ];
    const forwards = checkContent(content({ sections }));
    expect(forwards.problems).toHaveLength(2);
    expect(checkContent(content({ sections: [...sections].reverse() })).problems).toEqual(forwards.problems);
  });

  test('a chart the source language shows in another section, and the charts numbered in reading order', () => {
    const beta = (locale: string) => section(locale, 'beta', 2, '<Chart id="alpha-villages" />\n\nText.\n');
    const checked = checkContent(
      content({
        sections: [section('zh', 'alpha', 1, zhAlpha), section('en', 'alpha', 1, enAlpha), beta('zh'), beta('en')],
        charts: [{ id: 'alpha-villages', file: 'content/charts/alpha-villages.yaml', chart: chart() }],
      }),
    );
    expect(checked.problems).toEqual([
      'content/sections/zh/beta.mdx:1: chart "alpha-villages" belongs to section "alpha" (its "section" field), not "beta".',
      'content/sections/en/beta.mdx:1: chart "alpha-villages" belongs to section "alpha" (its "section" field), not "beta".',
    ]);
    expect([...checked.chartNumbers]).toEqual([['alpha-villages', 1]]);
  });
});
