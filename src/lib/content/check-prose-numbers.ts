import type { Nodes, Root } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { isJsxElement } from '../mdx/mdx-nodes.ts';
import { findTypedNumbers } from './find-typed-numbers.ts';

/**
 * Finds statistics typed into the prose of an MDX section (see findTypedNumbers for what counts),
 * with the line they are on and the figures that hold the same value, so the message can say
 * which `<Stat>` to write instead.
 */
export interface ProseNumberProblem {
  line: number | undefined;
  /** The number as typed. */
  text: string;
  /** Ids of figures with this value: the `<Stat>` the editor probably meant. */
  figureIds: string[];
}

/** A figure as far as suggestions go: its id and value. */
export interface FigureValue {
  id: string;
  value: number;
}

/** A stretch of text the reader sees as one run: a number cannot continue across its ends. */
interface Segment {
  value: string;
  line: number | undefined;
}

/** Inline markup inside a sentence: `**62**万` is still one number to the reader. */
const phrasing = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
/** Not prose: code shows literal text, expressions and imports are code, YAML is front matter. */
const skipped = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'image',
  'imageReference',
]);

/** Inline markup, or a plain HTML element in a sentence (`<span lang="en">`): the reader sees its text inside the sentence. */
function isInline(node: Nodes): boolean {
  if (phrasing.has(node.type)) return true;
  // A component (<Stat/>, <Term>) is not: it ends a run, as a block does.
  return isJsxElement(node) && node.type === 'mdxJsxTextElement' && !/^[A-Z]/.test(node.name ?? '');
}

/**
 * The prose of a tree as runs of adjacent text. A component (`<Stat/>`), a block boundary or code
 * ends a run; inline markup and plain HTML elements do not. Each text belongs to its block: the
 * nearest node above it that is not inline (a paragraph, a heading, a <Term>); a run is text of one
 * block with no other block or code between.
 */
function proseRuns(tree: Root): Segment[][] {
  const runs: Segment[][] = [];
  let current: Segment[] = [];
  let currentBlock: Nodes | undefined;
  const end = () => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  const blockOf = new Map<Nodes, Nodes>();
  visit(tree, (node, _index, parent) => {
    const parentBlock = parent === undefined ? undefined : blockOf.get(parent);
    if (node.type === 'text') {
      if (parentBlock !== currentBlock) end();
      currentBlock = parentBlock;
      current.push({ value: node.value, line: node.position?.start.line });
      return CONTINUE;
    }
    if (skipped.has(node.type)) {
      end();
      return SKIP;
    }
    if (isInline(node) && parentBlock !== undefined) {
      blockOf.set(node, parentBlock);
    } else {
      end();
      blockOf.set(node, node);
    }
    return CONTINUE;
  });
  end();
  return runs;
}

/** The line a character of a run is on: its segment's first line plus the line breaks before it. */
function lineAt(run: Segment[], index: number): number | undefined {
  let offset = 0;
  for (const segment of run) {
    if (index < offset + segment.value.length) {
      if (segment.line === undefined) return undefined;
      return segment.line + (segment.value.slice(0, index - offset).match(/\n/g)?.length ?? 0);
    }
    offset += segment.value.length;
  }
  return run.at(-1)?.line;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

export function proseNumberProblems(tree: Root, figures: readonly FigureValue[]): ProseNumberProblem[] {
  return proseRuns(tree).flatMap((run) => {
    const text = run.map((segment) => segment.value).join('');
    return findTypedNumbers(text).map((number) => ({
      line: lineAt(run, number.index),
      text: number.text,
      figureIds: figures.filter((figure) => sameValue(figure.value, number.value)).map((figure) => figure.id),
    }));
  });
}

const why = 'Numbers come from the figures, so that both languages show the same value.';

/** The editor's message: the file and line, the number, and the `<Stat>` to write instead. */
export function formatProseNumberProblem(problem: ProseNumberProblem, file: string, figuresFile: string): string {
  const where = problem.line === undefined ? file : `${file}:${problem.line}`;
  const fix =
    problem.figureIds.length > 0
      ? `Write ${problem.figureIds.map((id) => `<Stat id="${id}"/>`).join(' or ')} instead.`
      : `Add it as a figure to ${figuresFile} and write <Stat id="..."/> instead.`;
  return `${where}: the number "${problem.text}" is typed into the text. ${why} ${fix}`;
}

/** The same for a title or description in front matter, which is plain text and cannot hold a `<Stat>`. */
export function formatFrontmatterNumberProblem(text: string, file: string, field: string): string {
  return `${file}: the number "${text}" is typed into the ${field} in the front matter. ${why} A ${field} cannot show a figure: say it in words and leave the number to the text.`;
}
