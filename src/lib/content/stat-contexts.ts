/**
 * The sentence around each <Stat> of a section, so that a figure's own page can quote where the
 * report states it and link to that place. Each <Stat> gets a stable anchor (`stat-<id>`, then
 * `stat-<id>-2` for a second mention in the same section), written into the element as its
 * `anchor` attribute so that the rendered <Stat> carries the same id.
 */

import type { Nodes, Root } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { attributeText, isJsxElement, setAttribute, type MdxJsxElement } from '../mdx/mdx-nodes.ts';

/** A piece of a quoted sentence: words, or a figure to be written out by the page (in the <Stat>'s form). */
export type ContextPart = string | { figureId: string; form?: 'number' };

export interface StatContext {
  figureId: string;
  /** The id of the <Stat> element on the section page. */
  anchor: string;
  /** The sentence that states the figure, as words and figures. */
  sentence: ContextPart[];
}

/** The anchor of the `mention`-th (1-based) <Stat> of a figure in one section. */
export function statAnchor(figureId: string, mention = 1): string {
  return mention === 1 ? `stat-${figureId}` : `stat-${figureId}-${mention}`;
}

const isStat = (node: Nodes): node is MdxJsxElement => isJsxElement(node, 'Stat');
/** The <Stat>'s figure id; collectFigureRefs, which runs first, refuses a <Stat> without one. */
const statId = (stat: MdxJsxElement) => attributeText(stat, 'id') ?? '';
/** The figure as the quote shows it: with the <Stat>'s form="number", when it has one. */
const statPart = (stat: MdxJsxElement): ContextPart =>
  attributeText(stat, 'form') === 'number' ? { figureId: statId(stat), form: 'number' } : { figureId: statId(stat) };

/** A paragraph's inline content, flattened: text of every kind, and its <Stat>s in order. */
function flatten(node: Nodes): (string | MdxJsxElement)[] {
  const out: (string | MdxJsxElement)[] = [];
  visit(node, (child) => {
    if (isStat(child)) {
      out.push(child);
      return SKIP;
    }
    if (child.type === 'text' || child.type === 'inlineCode') out.push(child.value);
    else if (child.type === 'break') out.push(' ');
    return CONTINUE;
  });
  return out;
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
function sentences(parts: readonly (string | MdxJsxElement)[]): (string | MdxJsxElement)[][] {
  const result: (string | MdxJsxElement)[][] = [[]];
  for (const part of parts) {
    if (typeof part !== 'string') {
      (result.at(-1) as (string | MdxJsxElement)[]).push(part);
      continue;
    }
    const pieces = part.split(sentenceEnd);
    pieces.forEach((piece, index) => {
      if (index > 0) result.push([]);
      if (piece !== '') (result.at(-1) as (string | MdxJsxElement)[]).push(piece);
    });
    if (endsSentence.test(part)) result.push([]);
  }
  return result.filter((sentence) => sentence.some((part) => typeof part !== 'string' || part.trim() !== ''));
}

/** Finds every <Stat> of a section's tree, gives it its anchor and returns the sentence it is in. */
export function collectStatContexts(tree: Root): StatContext[] {
  const contexts: StatContext[] = [];
  const mentions = new Map<string, number>();
  const record = (stat: MdxJsxElement, sentence: ContextPart[]) => {
    const figureId = statId(stat);
    const mention = (mentions.get(figureId) ?? 0) + 1;
    mentions.set(figureId, mention);
    const anchor = statAnchor(figureId, mention);
    setAttribute(stat, 'anchor', anchor);
    contexts.push({ figureId, anchor, sentence });
  };
  visit(tree, (node) => {
    // A <Stat> on a line of its own is its own context.
    if (isStat(node)) {
      record(node, [statPart(node)]);
      return SKIP;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const parts = flatten(node);
      if (parts.some((part) => typeof part !== 'string')) {
        for (const sentence of sentences(parts)) {
          const quoted: ContextPart[] = sentence.map((part) => (typeof part === 'string' ? part : statPart(part)));
          quoted[0] = typeof quoted[0] === 'string' ? quoted[0].trimStart() : (quoted[0] as ContextPart);
          const last = quoted.length - 1;
          quoted[last] = typeof quoted[last] === 'string' ? quoted[last].trimEnd() : (quoted[last] as ContextPart);
          for (const part of sentence) if (typeof part !== 'string') record(part, quoted);
        }
        return SKIP;
      }
    }
    return CONTINUE;
  });
  return contexts;
}
