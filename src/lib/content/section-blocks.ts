import type { Root, RootContent } from 'mdast';
import { attributeExpression, attributeText, type MdxJsxElement } from '../mdx/mdx-nodes.ts';

/**
 * The blocks of a section in reading order: headings, paragraphs, lists, charts, key figures.
 * Both languages of a section have the same sequence, so that a reader (or a side-by-side view)
 * finds paragraph 4 of the Chinese text beside paragraph 4 of the English one.
 */
export type SectionBlockKind = 'heading' | 'paragraph' | 'list' | 'chart' | 'key-figures' | 'quote' | 'table' | 'code' | 'rule' | 'other';

export interface SectionBlock {
  kind: SectionBlockKind;
  /** 1-based position in the section. */
  position: number;
  /** Line in the MDX file, when the parser gives one. */
  line: number | undefined;
  /** What else must match: the level of a heading (2 for ##), the id of a chart, the ids of key figures. */
  detail: string | undefined;
}

/** Not blocks a reader sees: front matter and imports. */
const invisible = new Set(['yaml', 'toml', 'mdxjsEsm']);

/** Whether a top-level node is a block a reader sees (not front matter or an import). */
export function isVisibleBlock(node: { type: string }): boolean {
  return !invisible.has(node.type);
}

const byNodeType: Record<string, SectionBlockKind> = {
  heading: 'heading',
  paragraph: 'paragraph',
  list: 'list',
  blockquote: 'quote',
  table: 'table',
  code: 'code',
  thematicBreak: 'rule',
};

/** What an attribute says, quoted or in braces: `id="c"` gives `c`, `ids={["a.b"]}` gives `["a.b"]`. */
function attributeSource(element: MdxJsxElement, name: string): string | undefined {
  return attributeText(element, name) ?? attributeExpression(element, name);
}

function describe(node: RootContent): Pick<SectionBlock, 'kind' | 'detail'> {
  if (node.type === 'mdxJsxFlowElement') {
    if (node.name === 'Chart') return { kind: 'chart', detail: attributeSource(node, 'id') };
    if (node.name === 'KeyFigures') return { kind: 'key-figures', detail: attributeSource(node, 'ids')?.replace(/\s+/g, '') };
    return { kind: 'other', detail: `<${node.name ?? ''}>` };
  }
  if (node.type === 'heading') return { kind: 'heading', detail: `level ${node.depth}` };
  if (node.type === 'list') return { kind: 'list', detail: node.ordered === true ? 'numbered' : 'bulleted' };
  return { kind: byNodeType[node.type] ?? 'other', detail: byNodeType[node.type] === undefined ? node.type : undefined };
}

/** The top-level blocks of a section's MDX tree (the root's children), in order. */
export function sectionBlocks(tree: Root): SectionBlock[] {
  return tree.children
    .filter(isVisibleBlock)
    .map((node, index) => ({ ...describe(node), position: index + 1, line: node.position?.start.line }));
}

/** One language version of a section: its file and its blocks. */
export interface SectionBlocks {
  file: string;
  blocks: readonly SectionBlock[];
}

const kindNames: Record<SectionBlockKind, string> = {
  heading: 'a heading',
  paragraph: 'a paragraph',
  list: 'a list',
  chart: 'a chart',
  'key-figures': 'key figures',
  quote: 'a quotation',
  table: 'a table',
  code: 'a code block',
  rule: 'a rule',
  other: 'another block',
};

function named(block: SectionBlock): string {
  return block.detail === undefined ? kindNames[block.kind] : `${kindNames[block.kind]} (${block.detail})`;
}

function at(side: SectionBlocks, block: SectionBlock): string {
  return block.line === undefined ? side.file : `${side.file}:${block.line}`;
}

const advice = 'Both languages have the same headings, paragraphs, lists and charts, in the same order.';

/**
 * Block parity: the first block at which two language versions of a section differ, as a message
 * naming both files and the position, or undefined when the sequences match.
 */
export function compareSectionBlocks(slug: string, source: SectionBlocks, translation: SectionBlocks): string | undefined {
  const length = Math.max(source.blocks.length, translation.blocks.length);
  for (let index = 0; index < length; index += 1) {
    const a = source.blocks[index];
    const b = translation.blocks[index];
    if (a !== undefined && b !== undefined && a.kind === b.kind && a.detail === b.detail) continue;
    const position = index + 1;
    if (a === undefined || b === undefined) {
      const [longer, shorter, extra] = a === undefined ? [translation, source, b as SectionBlock] : [source, translation, a];
      return `Section "${slug}", block ${position}: ${at(longer, extra)} has ${named(extra)}, but ${shorter.file} ends after block ${position - 1}. ${advice}`;
    }
    return `Section "${slug}", block ${position}: ${at(source, a)} is ${named(a)}, but ${at(translation, b)} is ${named(b)}. ${advice}`;
  }
  return undefined;
}
