import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { compareSectionBlocks, sectionBlocks } from '../../src/lib/content/section-blocks.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const blocks = (mdx: string) => sectionBlocks(parse(mdx));

const zh = ['第一段<Stat id="a.b"/>。', '', '## 标题', '', '- 一', '- 二', '', '<Chart id="c" />'].join('\n');
const en = ['First <Stat id="a.b"/>.', '', '## Heading', '', '- one', '- two', '', '<Chart id="c" />'].join('\n');

describe('sectionBlocks', () => {
  test('lists the blocks of a section in order, with their kind, position and line', () => {
    expect(blocks(zh)).toEqual([
      { kind: 'paragraph', position: 1, line: 1, detail: undefined },
      { kind: 'heading', position: 2, line: 3, detail: 'level 2' },
      { kind: 'list', position: 3, line: 5, detail: 'bulleted' },
      { kind: 'chart', position: 4, line: 8, detail: 'c' },
    ]);
  });

  test('key figures are a block; their ids must match', () => {
    expect(blocks('<KeyFigures ids={["a.b", "c.d"]} />').map(({ kind, detail }) => [kind, detail])).toEqual([
      ['key-figures', '["a.b","c.d"]'],
    ]);
  });
});

describe('compareSectionBlocks', () => {
  const side = (file: string, mdx: string) => ({ file, blocks: blocks(mdx) });

  test('the same sequence in both languages passes', () => {
    expect(compareSectionBlocks('s', side('zh.mdx', zh), side('en.mdx', en))).toBeUndefined();
  });

  test('the first block that differs is named, with both files and lines', () => {
    const other = en.replace('## Heading', 'Heading as a paragraph.');
    expect(compareSectionBlocks('s', side('zh.mdx', zh), side('en.mdx', other))).toBe(
      'Section "s", block 2: zh.mdx:3 is a heading (level 2), but en.mdx:3 is a paragraph. Both languages have the same headings, paragraphs, lists and charts, in the same order.',
    );
  });

  test('a heading of another level, or another chart, differs', () => {
    expect(compareSectionBlocks('s', side('zh.mdx', zh), side('en.mdx', en.replace('## Heading', '### Heading')))).toContain(
      'zh.mdx:3 is a heading (level 2), but en.mdx:3 is a heading (level 3).',
    );
    expect(compareSectionBlocks('s', side('zh.mdx', zh), side('en.mdx', en.replace('id="c"', 'id="d"')))).toContain(
      'zh.mdx:8 is a chart (c), but en.mdx:8 is a chart (d).',
    );
  });

  test('a block that one language lacks at the end', () => {
    expect(compareSectionBlocks('s', side('zh.mdx', zh), side('en.mdx', `${en}\n\nOne more paragraph.`))).toBe(
      'Section "s", block 5: en.mdx:10 has a paragraph, but zh.mdx ends after block 4. Both languages have the same headings, paragraphs, lists and charts, in the same order.',
    );
  });
});
