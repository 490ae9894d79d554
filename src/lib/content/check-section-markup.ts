import type { Nodes, Root } from 'mdast';
import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
import type { MdxJsxElement } from '../mdx/mdx-nodes.ts';
import { sectionComponentNames, sectionTextAttributes, sectionTextElements } from './section-components.ts';

/*
 * MDX is code: `{process.env.X}` runs at build time and publishes its result, `<script>` runs in
 * the reader's browser, `import` pulls in any module. A section is text for editors, so it may hold
 * Markdown, the provided components and a few text elements, and nothing else. Each problem names
 * the line; the remark plugin adds the file.
 */

export interface MarkupProblem {
  line: number | undefined;
  message: string;
}

const components = new Set<string>(sectionComponentNames);
const textElements = new Set<string>(sectionTextElements);
const textAttributes = new Set<string>(sectionTextAttributes);

const allowed = `Sections hold Markdown, the components ${sectionComponentNames.join(', ')}, and the text elements ${sectionTextElements.join(', ')}.`;

/** `{/* a note *\/}` is a comment, which MDX drops: harmless, and editors use it for notes. */
function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

/** An attribute value in braces that is plain data (`ids={["a.b"]}`), not code. */
function isJsonLiteral(expression: string): boolean {
  try {
    JSON.parse(expression);
    return true;
  } catch {
    return false;
  }
}

function quote(code: string): string {
  const oneLine = code.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

function attributeProblems(element: string, isComponent: boolean, attributes: MdxJsxElement['attributes']): string[] {
  return attributes.flatMap((attribute): string[] => {
    if (attribute.type !== 'mdxJsxAttribute') {
      return [`<${element}> has a spread attribute {${quote(attribute.value)}}, which is code: write each attribute as name="value".`];
    }
    const name = attribute.name;
    if (/^on/i.test(name)) {
      return [`the attribute ${name} on <${element}> is an event handler, which runs script: sections may not hold one.`];
    }
    const value = attribute.value;
    if (typeof value === 'object' && value !== null) {
      const code = value.value;
      if (!isJsonLiteral(code)) {
        return [
          `the value of ${name} on <${element}> is the JavaScript expression {${quote(code)}}: write text in quotes (name="value"), or a list of quoted ids.`,
        ];
      }
    }
    if (!isComponent && !textAttributes.has(name)) {
      return [`<${element}> may not have the attribute ${name}; text elements may have ${sectionTextAttributes.join(', ')}.`];
    }
    return [];
  });
}

function nodeProblems(node: Nodes): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [`import and export are code, which sections may not hold; the components are provided without an import. ${allowed}`];
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const code = node.value;
      if (isComment(code)) return [];
      return [
        `{${quote(code)}} is a JavaScript expression, which sections may not hold: it would run when the site is built and publish its result. Write the text itself; a number is a <Stat id="..."/>.`,
      ];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const isComponent = components.has(name);
      if (!isComponent && !textElements.has(name)) {
        return [`<${name === '' ? '>' : name}> is not allowed in a section. ${allowed}`];
      }
      return attributeProblems(name, isComponent, node.attributes);
    }
    case 'link':
    case 'definition':
      // A javascript: link runs script when the reader follows it.
      return /^\s*javascript:/i.test(node.url) ? [`the link to "${quote(node.url)}" runs script: link to a page or a file.`] : [];
    default:
      return [];
  }
}

/**
 * How deep lists and quotes may nest. The report nests none; a list nested 500 levels deep crashed
 * the build (the compiler died with SIGSEGV and printed nothing), so the guard stops it first.
 */
export const maxNestingDepth = 8;

const nestingNodes = new Set(['list', 'blockquote']);

/**
 * Everything in a section's MDX tree that is code rather than text, in reading order, and lists
 * or quotes nested deeper than maxNestingDepth (named once, where they pass it).
 */
export function sectionMarkupProblems(tree: Root): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  /** How many lists and quotes hold each node, itself included. */
  const nestingOf = new Map<Nodes, number>();
  visit(tree, (node, _index, parent) => {
    const nesting = (parent === undefined ? 0 : (nestingOf.get(parent) ?? 0)) + (nestingNodes.has(node.type) ? 1 : 0);
    if (nesting > maxNestingDepth) {
      problems.push({
        line: node.position?.start.line,
        message: `lists and quotes are nested more than ${maxNestingDepth} levels deep here; the limit is ${maxNestingDepth}. Flatten them: deeper nesting is not readable, and the build cannot compile it.`,
      });
      return SKIP;
    }
    nestingOf.set(node, nesting);
    for (const message of nodeProblems(node)) problems.push({ line: node.position?.start.line, message });
    return CONTINUE;
  });
  return problems;
}

/** Whether any paragraph of the section holds text: a body of headings, lists or components alone says nothing. */
function hasParagraph(tree: Root): boolean {
  let found = false;
  visit(tree, 'paragraph', (paragraph) => {
    found = paragraph.children.some((child) => child.type === 'text' && child.value.trim() !== '');
    return found ? EXIT : SKIP;
  });
  return found;
}

const frontMatter = new Set(['yaml', 'toml']);

/** Why a section's body cannot be published as it is, if it cannot. */
export function sectionBodyProblem(tree: Root): string | undefined {
  if (tree.children.every((child) => frontMatter.has(child.type))) {
    return 'the section has no text. Write its paragraphs below the front matter.';
  }
  if (!hasParagraph(tree)) {
    return 'the section has no paragraph of text, only headings, lists, components or code. Write at least one paragraph.';
  }
  return undefined;
}
