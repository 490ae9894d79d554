import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { figureSlug, pagePath, previewImageName } from '../../src/i18n/paths.ts';
import { ownSectionContexts } from '../../src/lib/content/own-section-contexts.ts';
import { collectStatContexts, statAnchor } from '../../src/lib/content/stat-contexts.ts';
import { figureHeading, figureTitle } from '../../src/lib/format/figure-title.ts';
import { unitName } from '../../src/lib/format/unit-name.ts';
import { unit } from '../../src/schemas/figure.ts';
import { localizedText } from '../../src/schemas/localized.ts';
import { attributeText, isJsxElement } from '../../src/lib/mdx/mdx-nodes.ts';
import { figureJsonLd, valueBounds } from '../../src/lib/seo/json-ld.ts';
import { figureTemporalCoverage } from '../../src/lib/seo/temporal-coverage.ts';

const parse = (mdx: string): Root => unified().use(remarkParse).use(remarkMdx).parse(mdx);

/** The `anchor` attributes the plugin wrote into the tree, in reading order. */
function anchorsIn(tree: Root): string[] {
  const anchors: string[] = [];
  visit(tree, (node) => {
    const anchor = isJsxElement(node) ? attributeText(node, 'anchor') : undefined;
    if (anchor !== undefined) anchors.push(anchor);
  });
  return anchors;
}

describe('collectStatContexts', () => {
  test('quotes the Chinese sentence that holds each <Stat>, not the whole paragraph; a semicolon does not end it', () => {
    const tree = parse('全年完成<Stat id="a.volume"/>，增长<Stat id="a.growth"/>。另一句话提到<Stat id="a.other"/>；分句。第三句。');
    expect(collectStatContexts(tree)).toEqual([
      {
        figureId: 'a.volume',
        anchor: 'stat-a.volume',
        sentence: ['全年完成', { figureId: 'a.volume' }, '，增长', { figureId: 'a.growth' }, '。'],
      },
      {
        figureId: 'a.growth',
        anchor: 'stat-a.growth',
        sentence: ['全年完成', { figureId: 'a.volume' }, '，增长', { figureId: 'a.growth' }, '。'],
      },
      { figureId: 'a.other', anchor: 'stat-a.other', sentence: ['另一句话提到', { figureId: 'a.other' }, '；分句。'] },
    ]);
  });

  test('splits English sentences after a full stop and a space, keeping emphasis and links as text', () => {
    const tree = parse('The SPB did one thing. It *added* <Stat id="a.stations"/>, see [the list](/x/). Then more.');
    expect(collectStatContexts(tree)).toEqual([
      {
        figureId: 'a.stations',
        anchor: 'stat-a.stations',
        sentence: ['It ', 'added', ' ', { figureId: 'a.stations' }, ', see ', 'the list', '.'],
      },
    ]);
  });

  test('a sentence that ends where a term or a link begins the next one ends there', () => {
    const zh = parse('全年共有<Stat id="a.passes"/>通过，其中<Stat id="a.senior"/>。<Term id="t">证书</Term>试点也开展了。');
    expect(collectStatContexts(zh).map((context) => context.sentence)).toEqual([
      ['全年共有', { figureId: 'a.passes' }, '通过，其中', { figureId: 'a.senior' }, '。'],
      ['全年共有', { figureId: 'a.passes' }, '通过，其中', { figureId: 'a.senior' }, '。'],
    ]);
    const en = parse('It added <Stat id="a.stations"/>. <Term id="t">Lockers</Term> were installed.');
    expect(collectStatContexts(en)[0]?.sentence).toEqual(['It added ', { figureId: 'a.stations' }, '.']);
  });

  test('a figure stated twice gets two anchors, and the tree carries them for the rendered <Stat>', () => {
    const tree = parse('First <Stat id="a.one"/>.\n\nAgain <Stat id="a.one"/>.\n\n<Stat id="a.two"/>');
    const contexts = collectStatContexts(tree);
    expect(contexts.map((context) => context.anchor)).toEqual(['stat-a.one', 'stat-a.one-2', 'stat-a.two']);
    expect(anchorsIn(tree)).toEqual(['stat-a.one', 'stat-a.one-2', 'stat-a.two']);
    expect(contexts[2]?.sentence).toEqual([{ figureId: 'a.two' }]);
  });

  test('statAnchor', () => {
    expect(statAnchor('talent.students')).toBe('stat-talent.students');
    expect(statAnchor('talent.students', 3)).toBe('stat-talent.students-3');
  });
});

describe('ownSectionContexts', () => {
  const context = (figureId: string, words: string) => ({ figureId, anchor: statAnchor(figureId), sentence: [words, { figureId }] });

  test('a figure is quoted from its own section, even when an earlier section states it first', () => {
    const sections = [
      { slug: 'overview', contexts: [context('b.lockers', 'Overview: tax relief, and '), context('a.share', 'Overview: ')] },
      { slug: 'a', contexts: [context('a.share', 'Section a: ')] },
      { slug: 'b', contexts: [context('b.lockers', 'Section b: '), context('b.lockers', 'Section b again: ')] },
    ];
    const sectionOf = (id: string) => id.split('.')[0];
    const picked = ownSectionContexts(sections, sectionOf);
    expect(picked.get('b.lockers')).toEqual({ ...context('b.lockers', 'Section b: '), section: 'b' });
    expect(picked.get('a.share')).toEqual({ ...context('a.share', 'Section a: '), section: 'a' });
  });

  test('a figure its own section does not state has no quote, rather than another section’s', () => {
    const picked = ownSectionContexts([{ slug: 'overview', contexts: [context('a.share', 'Overview: ')] }], () => 'a');
    expect(picked.has('a.share')).toBe(false);
  });
});

describe('figure pages: URL, title, unit', () => {
  const volume = {
    value: 2_120_000_000,
    unit: 'items',
    qualifier: 'none',
    period: 2020,
    label: localizedText.parse({ zh: '跨境寄递业务量', en: 'Cross-border delivery volume' }),
  } as const;
  const lockers = {
    value: 400_000,
    unit: unit.parse({ zh: '组', en: { one: 'bank of smart parcel lockers', other: 'banks of smart parcel lockers' } }),
    qualifier: 'over',
    period: { endOf: 2020 },
    label: localizedText.parse({ zh: '布放的智能快件箱', en: 'Smart parcel lockers installed' }),
  } as const;

  test('the URL comes from the id, under the language prefix and the base path', () => {
    expect(figureSlug('talent.students')).toBe('figures/talent.students');
    expect(pagePath('en', figureSlug('talent.students'), '/report/')).toBe('/report/en/figures/talent.students/');
  });

  test('the title states the answer: label, period and value', () => {
    expect(figureTitle(volume, 'zh')).toBe('2020年跨境寄递业务量：21.2亿件');
    expect(figureTitle(volume, 'en')).toBe('Cross-border delivery volume, 2020: 2.12 billion items');
    expect(figureTitle(lockers, 'zh')).toBe('截至2020年底布放的智能快件箱：40万余组');
    expect(figureTitle(lockers, 'en')).toBe('Smart parcel lockers installed, end of 2020: more than 400,000 banks of smart parcel lockers');
    expect(figureHeading(lockers, 'en')).toBe('Smart parcel lockers installed, end of 2020');
    const threshold = {
      ...volume,
      qualifier: 'over',
      period: 'none',
      label: localizedText.parse({ zh: '金牌项目的年业务量标准', en: 'Annual volume that defines a gold project' }),
    } as const;
    expect(figureTitle(threshold, 'zh')).toBe('金牌项目的年业务量标准：超过21.2亿件');
    expect(figureTitle(threshold, 'en')).toBe('Annual volume that defines a gold project: more than 2.12 billion items');
  });

  test.each([
    ['items', '件', 'items'],
    ['yuan', '元', 'yuan (CNY)'],
    ['percent', '%', 'percent'],
    ['percentage-points', '个百分点', 'percentage points'],
  ] as const)('unit %s is %s / %s', (unit, zh, en) => {
    expect(unitName(unit, 'zh')).toBe(zh);
    expect(unitName(unit, 'en')).toBe(en);
  });

  test('a counted unit is its measure word in Chinese and its noun in English', () => {
    expect(unitName(lockers.unit, 'zh')).toBe('组');
    expect(unitName(lockers.unit, 'en')).toBe('banks of smart parcel lockers');
  });

  test('preview image names', () => {
    expect(previewImageName('zh', '')).toBe('og/zh/index.png');
    expect(previewImageName('en', 'talent')).toBe('og/en/talent.png');
    expect(previewImageName('en', figureSlug('talent.students'))).toBe('og/en/figures/talent.students.png');
  });
});

describe('figure JSON-LD', () => {
  test.each([
    ['none', {}],
    ['about', {}],
    ['over', { minValue: 7000 }],
    ['at-least', { minValue: 7000 }],
    ['nearly', { maxValue: 7000 }],
  ] as const)('qualifier %s bounds the value with %o', (qualifier, bounds) => {
    expect(valueBounds(7000, qualifier)).toEqual(bounds);
  });

  test('temporal coverage: the year, or the day a total was counted', () => {
    expect(figureTemporalCoverage(2020)).toBe('2020');
    expect(figureTemporalCoverage({ endOf: 2020 })).toBe('2020-12-31');
    expect(figureTemporalCoverage('none')).toBeUndefined();
  });

  test('a Dataset of one PropertyValue, part of the report’s dataset, linked to its translation', () => {
    const data = figureJsonLd({
      url: 'https://example.org/en/figures/a.b/',
      name: 'Enterprises, 2020: more than 7,000 enterprises',
      description: 'd',
      inLanguage: 'en',
      basedOn: { name: '发布稿', inLanguage: 'zh-CN', author: { name: 'State Post Bureau' }, datePublished: '2021-01-04' },
      temporalCoverage: '2020',
      variable: { name: 'Enterprises', value: 7000, unitText: 'enterprises', qualifier: 'over' },
      partOf: { url: 'https://example.org/en/data/', name: 'Data' },
      translations: [{ url: 'https://example.org/figures/a.b/', inLanguage: 'zh-CN' }],
      downloads: [{ url: 'https://example.org/data/figures/a.b.csv', encodingFormat: 'text/csv' }],
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      '@id': 'https://example.org/en/figures/a.b/',
      url: 'https://example.org/en/figures/a.b/',
      name: 'Enterprises, 2020: more than 7,000 enterprises',
      description: 'd',
      inLanguage: 'en',
      isBasedOn: {
        '@type': 'CreativeWork',
        name: '发布稿',
        inLanguage: 'zh-CN',
        author: { '@type': 'GovernmentOrganization', name: 'State Post Bureau' },
        datePublished: '2021-01-04',
      },
      temporalCoverage: '2020',
      isAccessibleForFree: true,
      variableMeasured: { '@type': 'PropertyValue', name: 'Enterprises', value: 7000, unitText: 'enterprises', minValue: 7000 },
      isPartOf: { '@type': 'Dataset', '@id': 'https://example.org/en/data/', url: 'https://example.org/en/data/', name: 'Data' },
      workTranslation: [
        { '@type': 'Dataset', '@id': 'https://example.org/figures/a.b/', url: 'https://example.org/figures/a.b/', inLanguage: 'zh-CN' },
      ],
      distribution: [{ '@type': 'DataDownload', contentUrl: 'https://example.org/data/figures/a.b.csv', encodingFormat: 'text/csv' }],
    });
  });
});
