import type { Heading, Paragraph, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/i18n/publication-locales.ts';
import { blockMarker, pairBlocks, prefixIds, splitAtBlockMarkers } from '../../src/lib/parallel/block-html.ts';
import { isJsxElement, type MdxJsxElement } from '../../src/lib/mdx/mdx-nodes.ts';
import { blockStartName, markBlockStarts, markLocale, sectionFileLocale } from '../../src/lib/parallel/mark-section-tree.ts';

const parse = (mdx: string): Root => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const mdx = ['import X from "x";', '', 'Text with <Stat id="a.b"/>.', '', '## Heading', '', '<Chart id="c" />', '', '- one'].join('\n');

describe('sectionFileLocale', () => {
  test('reads the language from the section folder, whatever the path before it', () => {
    expect(sectionFileLocale('/work/site/content/sections/en/talent.mdx', locales)).toBe('en');
    expect(sectionFileLocale('content/sections/zh/talent.mdx', locales)).toBe('zh');
    expect(sectionFileLocale('C:\\site\\content\\sections\\en\\talent.mdx', locales)).toBe('en');
  });

  test('is undefined outside a language folder of content/sections', () => {
    expect(sectionFileLocale('content/sections/fr/talent.mdx', locales)).toBeUndefined();
    expect(sectionFileLocale('src/pages/about.mdx', locales)).toBeUndefined();
    expect(sectionFileLocale('content/sections/en/nested/talent.mdx', locales)).toBeUndefined();
  });
});

describe('markLocale', () => {
  test('gives every section component, inline or block, the locale, and every heading data-locale', () => {
    const tree = parse(mdx);
    markLocale(tree, 'en');
    const [, paragraph, heading, chart] = tree.children as [unknown, Paragraph, Heading, MdxJsxElement];
    const stat = paragraph.children.find((node) => isJsxElement(node, 'Stat'));
    expect(stat?.attributes).toContainEqual({ type: 'mdxJsxAttribute', name: 'locale', value: 'en' });
    expect(chart.attributes).toContainEqual({ type: 'mdxJsxAttribute', name: 'locale', value: 'en' });
    expect((heading.data as { hProperties?: unknown } | undefined)?.hProperties).toEqual({ dataLocale: 'en' });
  });

  test('replaces a locale an editor wrote, so a section cannot claim another language', () => {
    const tree = parse('<Chart id="c" locale="zh" />');
    markLocale(tree, 'en');
    const [chart] = tree.children as [MdxJsxElement];
    expect(chart.attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'locale')).toEqual([
      { type: 'mdxJsxAttribute', name: 'locale', value: 'en' },
    ]);
  });

  test('leaves other elements alone', () => {
    const tree = parse('Text with <span lang="zh-CN">中文</span>.');
    markLocale(tree, 'en');
    const [paragraph] = tree.children as [Paragraph];
    const span = paragraph.children[1] as MdxJsxElement;
    expect(span.attributes.map((attribute) => attribute.type === 'mdxJsxAttribute' && [attribute.name, attribute.value])).toEqual([
      ['lang', 'zh-CN'],
    ]);
  });
});

describe('markBlockStarts', () => {
  test('writes a block start before each block a reader sees, not before an import', () => {
    const tree = parse(mdx);
    markBlockStarts(tree);
    expect(tree.children.map((node) => (isJsxElement(node, blockStartName) ? 'start' : node.type))).toEqual([
      'mdxjsEsm',
      'start',
      'paragraph',
      'start',
      'heading',
      'start',
      'mdxJsxFlowElement',
      'start',
      'list',
    ]);
  });
});

describe('splitAtBlockMarkers', () => {
  test('cuts rendered HTML into its blocks, trimmed', () => {
    const html = `\n${blockMarker}<p>One</p>\n${blockMarker}<h2 id="a">Two</h2>${blockMarker}<figure>3</figure>\n`;
    expect(splitAtBlockMarkers(html, 'zh.mdx')).toEqual(['<p>One</p>', '<h2 id="a">Two</h2>', '<figure>3</figure>']);
  });

  test('refuses content before the first marker, naming the file', () => {
    expect(() => splitAtBlockMarkers(`<p>stray</p>${blockMarker}<p>One</p>`, 'content/sections/en/talent.mdx')).toThrow(
      "content/sections/en/talent.mdx: the side-by-side page found content before the section's first block; every top-level block should follow a block marker.",
    );
  });
});

describe('prefixIds', () => {
  test('prefixes ids and every reference to them: fragment links, labels, ARIA id lists, table headers', () => {
    const html = [
      '<figure id="chart-a" aria-labelledby="chart-a-caption"><figcaption id="chart-a-caption">C</figcaption>',
      '<a class="self-link" href="#chart-a">#</a><a href="/en/figures/x/">x</a><a href="https://example.org/#top">y</a>',
      '<label for="f">F</label><td headers="h1 h2">1</td><p aria-describedby="d1  d2">P</p></figure>',
    ].join('');
    expect(prefixIds(html, 'en-')).toBe(
      [
        '<figure id="en-chart-a" aria-labelledby="en-chart-a-caption"><figcaption id="en-chart-a-caption">C</figcaption>',
        '<a class="self-link" href="#en-chart-a">#</a><a href="/en/figures/x/">x</a><a href="https://example.org/#top">y</a>',
        '<label for="en-f">F</label><td headers="en-h1 en-h2">1</td><p aria-describedby="en-d1 en-d2">P</p></figure>',
      ].join(''),
    );
  });

  test('does not touch attributes that only end in "id" or data attributes holding the word', () => {
    const html = '<data value="3" data-figure="a.b" data-id="x">3</data>';
    expect(prefixIds(html, 'zh-')).toBe(html);
  });
});

describe('pairBlocks', () => {
  test('pairs block n of each language', () => {
    expect(
      pairBlocks('s', {
        zh: { file: 'zh.mdx', blocks: ['<p>一</p>', '<h2>二</h2>'] },
        en: { file: 'en.mdx', blocks: ['<p>One</p>', '<h2>Two</h2>'] },
      }),
    ).toEqual([
      { zh: '<p>一</p>', en: '<p>One</p>' },
      { zh: '<h2>二</h2>', en: '<h2>Two</h2>' },
    ]);
  });

  test('refuses versions with different numbers of blocks, naming each file and its count', () => {
    expect(() =>
      pairBlocks('talent', { zh: { file: 'zh/talent.mdx', blocks: ['a', 'b'] }, en: { file: 'en/talent.mdx', blocks: ['a'] } }),
    ).toThrow(
      'Section "talent": the side-by-side page needs the same blocks in every language, but zh/talent.mdx has 2 and en/talent.mdx has 1.',
    );
  });
});
