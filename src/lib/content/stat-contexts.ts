/**
 * The sentence around each <Stat> of a section, so that a figure's own page can quote where the
 * report states it and link to that place. Each <Stat> gets a stable anchor (`stat-<id>`, then
 * `stat-<id>-2` for a second mention in the same section), written into the element as its
 * `anchor` attribute so that the rendered <Stat> carries the same id.
 */

import { isJsxElement } from './mdx-element.ts';

/** A piece of a quoted sentence: words, or a figure to be written out by the page (in the <Stat>'s form). */
export type ContextPart = string | { figureId: string; form?: 'number' };

export interface StatContext {
  figureId: string;
  /** The id of the <Stat> element on the section page. */
  anchor: string;
  /** The sentence that states the figure, as words and figures. */
  sentence: ContextPart[];
}

/** The parts of an mdast / MDX JSX node this module reads and writes. */
interface Node {
  type: string;
  name?: string | null | undefined;
  value?: string | undefined;
  attributes?: { type: string; name?: string | undefined; value?: unknown }[] | undefined;
  children?: Node[] | undefined;
}

/** The anchor of the `mention`-th (1-based) <Stat> of a figure in one section. */
export function statAnchor(figureId: string, mention = 1): string {
  return mention === 1 ? `stat-${figureId}` : `stat-${figureId}-${mention}`;
}

const isStat = (node: Node) => isJsxElement(node) && node.name === 'Stat';
const attribute = (node: Node, name: string) => node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
const statId = (node: Node) => attribute(node, 'id');
/** The figure as the quote shows it: with the <Stat>'s form="number", when it has one. */
const statPart = (node: Node): ContextPart =>
  attribute(node, 'form') === 'number' ? { figureId: String(statId(node)), form: 'number' } : { figureId: String(statId(node)) };

/** A paragraph's inline content, flattened: text of every kind, and its <Stat>s in order. */
function flatten(node: Node, out: (string | Node)[]): void {
  for (const child of node.children ?? []) {
    if (isStat(child)) out.push(child);
    else if (typeof child.value === 'string' && (child.type === 'text' || child.type === 'inlineCode')) out.push(child.value);
    else if (child.type === 'break') out.push(' ');
    else flatten(child, out);
  }
}

/**
 * Where one sentence ends and the next begins: after 。！？ (no space follows), or . ! ? and a space.
 * A semicolon joins clauses of one sentence, in Chinese as in English: a quote that stopped at ；
 * would end unfinished.
 */
const sentenceEnd = /(?<=[。！？])|(?<=[.!?])\s+(?=\S)/u;
/** Text that ends a sentence where the next part (a term, a link, a figure) begins another. */
const endsSentence = /(?:[。！？]|[.!?]\s+)$/u;

/** Splits flattened parts into sentences; a figure never ends a sentence by itself. */
function sentences(parts: readonly (string | Node)[]): (string | Node)[][] {
  const result: (string | Node)[][] = [[]];
  for (const part of parts) {
    if (typeof part !== 'string') {
      (result.at(-1) as (string | Node)[]).push(part);
      continue;
    }
    const pieces = part.split(sentenceEnd);
    pieces.forEach((piece, index) => {
      if (index > 0) result.push([]);
      if (piece !== '') (result.at(-1) as (string | Node)[]).push(piece);
    });
    if (endsSentence.test(part)) result.push([]);
  }
  return result.filter((sentence) => sentence.some((part) => typeof part !== 'string' || part.trim() !== ''));
}

/** Finds every <Stat> of a section's tree, gives it its anchor and returns the sentence it is in. */
export function collectStatContexts(tree: Node): StatContext[] {
  const contexts: StatContext[] = [];
  const mentions = new Map<string, number>();
  const record = (stat: Node, sentence: ContextPart[]) => {
    const figureId = String(statId(stat));
    const mention = (mentions.get(figureId) ?? 0) + 1;
    mentions.set(figureId, mention);
    const anchor = statAnchor(figureId, mention);
    stat.attributes = [...(stat.attributes ?? []), { type: 'mdxJsxAttribute', name: 'anchor', value: anchor }];
    contexts.push({ figureId, anchor, sentence });
  };
  const visit = (node: Node) => {
    // A <Stat> on a line of its own is its own context.
    if (isStat(node)) {
      record(node, [statPart(node)]);
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const parts: (string | Node)[] = [];
      flatten(node, parts);
      if (parts.some((part) => typeof part !== 'string')) {
        for (const sentence of sentences(parts)) {
          const quoted: ContextPart[] = sentence.map((part) => (typeof part === 'string' ? part : statPart(part)));
          quoted[0] = typeof quoted[0] === 'string' ? quoted[0].trimStart() : (quoted[0] as ContextPart);
          const last = quoted.length - 1;
          quoted[last] = typeof quoted[last] === 'string' ? quoted[last].trimEnd() : (quoted[last] as ContextPart);
          for (const part of sentence) if (typeof part !== 'string') record(part, quoted);
        }
        return;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return contexts;
}
