import yaml, { YAMLException } from 'js-yaml';

/*
 * The content's YAML is read with js-yaml, the parser Astro's own loaders use, so that a file this
 * check passes is a file Astro reads. js-yaml reports an unclosed quote or bracket where it gives
 * up, at the end of the file, and Astro's loaders show the path relative to its own folder
 * (../../content/...). An editor needs the line where the mistake is: this finds it (the node
 * js-yaml was still reading when it gave up) and shows that line with a caret under the column.
 */

interface Position {
  line: number;
  col: number;
}

/** What js-yaml says when a quoted text or a `{ }` / `[ ]` list runs to the end of the file. */
const runsToTheEnd = /^unexpected end of the (?:stream|document) within a (?:double quoted scalar|single quoted scalar|flow collection)$/;
/** What it says when a `{ }` / `[ ]` list runs on into the next line of the file's block. */
const missedComma = 'missed comma between flow collection entries';
const openers: Record<string, string> = { '"': 'the quote "', "'": "the quote '", '[': 'the [', '{': 'the {' };

/** The offset of the first character of a node that starts at or after `from` (past spaces, line breaks and comments). */
function nodeStart(text: string, from: number): number {
  const skipped = /^(?:\s|#[^\n]*)*/.exec(text.slice(from));
  return from + (skipped?.[0].length ?? 0);
}

/** How far the line that holds `offset` is indented. */
function indentAt(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
}

/**
 * Where the quoted text or list that js-yaml was reading opens, when the error means it is never
 * closed: it ran to the end of the file, or (a list) into a line indented no deeper than its own,
 * which is the next entry of the block around it, not more of the list.
 */
function unclosedOpener(text: string, error: YAMLException, nodeOffset: number | undefined): { offset: number; what: string } | undefined {
  if (nodeOffset === undefined) return undefined;
  const offset = nodeStart(text, nodeOffset);
  const what = openers[text.charAt(offset)];
  if (what === undefined) return undefined;
  const ranToTheEnd = runsToTheEnd.test(error.reason);
  const ranIntoTheBlock =
    error.reason === missedComma &&
    error.mark.line > positionOf(text, offset).line - 1 &&
    indentAt(text, error.mark.position) <= indentAt(text, offset);
  return ranToTheEnd || ranIntoTheBlock ? { offset, what } : undefined;
}

/** Line and column (both from 1) of an offset. */
function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

/** `  7 |     label: ...` and a caret under the column. */
function excerpt(text: string, { line, col }: Position): string {
  const source = text.split(/\r?\n/)[line - 1] ?? '';
  const gutter = String(line);
  return `  ${gutter} | ${source}\n  ${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, col - 1))}^`;
}

/**
 * The first syntax error of a YAML text as an editor's message, or undefined when it parses:
 * `content/charts/x.yaml:7:18: this is not valid YAML: ...`, then the line itself.
 */
export function yamlSyntaxProblem(text: string, file: string): string | undefined {
  // Where each node that js-yaml is still reading began: the last is the innermost.
  const open: number[] = [];
  try {
    yaml.load(text, { listener: (event, state) => (event === 'open' ? open.push(state.position) : open.pop()) });
    return undefined;
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const unclosed = unclosedOpener(text, error, open.at(-1));
    const position = unclosed === undefined ? { line: error.mark.line + 1, col: error.mark.column + 1 } : positionOf(text, unclosed.offset);
    const reason =
      unclosed === undefined ? error.reason : `${unclosed.what} that opens here is never closed (end it with the matching mark)`;
    return `${file}:${position.line}:${position.col}: this is not valid YAML: ${reason}.\n${excerpt(text, position)}`;
  }
}
