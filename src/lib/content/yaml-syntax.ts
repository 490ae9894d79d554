import { LineCounter, Parser, parseDocument } from 'yaml';

/*
 * YAML parsers report an unclosed quote where they give up, at the end of the file, and Astro's
 * loaders show the path relative to its own folder (../../content/...). An editor needs the line
 * where the mistake is: this finds it and shows that line with a caret under the column.
 */

interface Position {
  line: number;
  col: number;
}

interface Unclosed {
  offset: number;
  what: string;
}

/**
 * Where a quoted text or a `{ }` / `[ ]` list that is never closed begins, if there is one: the
 * innermost, which is where the closing mark is missing.
 */
function unclosed(text: string): Unclosed | undefined {
  let found: Unclosed | undefined;
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const token = node as { type?: unknown; source?: unknown; offset?: unknown; start?: unknown; end?: unknown };
    const offset = typeof token.offset === 'number' ? token.offset : undefined;
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && typeof token.source === 'string') {
      const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
      const closed = token.source.length > 1 && token.source.trimEnd().endsWith(quote);
      if (!closed && offset !== undefined) found = { offset, what: `the quote ${quote}` };
      return;
    }
    if (token.type === 'flow-collection' && offset !== undefined) {
      const open = (token.start as { source?: unknown } | undefined)?.source;
      const close = open === '{' ? '}' : ']';
      const ends = Array.isArray(token.end) ? (token.end as { source?: unknown }[]) : [];
      if (!ends.some((end) => end.source === close)) found = { offset, what: `the ${String(open)}` };
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else visit(value);
    }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
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
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error === undefined) return undefined;
  const open = error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' || error.code === 'UNEXPECTED_TOKEN' ? unclosed(text) : undefined;
  const position: Position = lineCounter.linePos(open === undefined ? error.pos[0] : open.offset);
  const reason =
    open === undefined
      ? error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\.$/, '')
      : `${open.what} that opens here is never closed (end it with the matching mark)`;
  return `${file}:${position.line}:${position.col}: this is not valid YAML: ${reason}.\n${excerpt(text, position)}`;
}
