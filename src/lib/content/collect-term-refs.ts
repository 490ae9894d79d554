import { isJsxElement } from './mdx-element.ts';

/**
 * Finds the <Term id="..."> elements of an MDX section in reading order and marks the first use of
 * each term in the file (`first`), which an English page follows with the Chinese original. Done
 * on the tree at build time, so the page needs no script to know which use comes first; each MDX
 * file is its own unit, on the whole-report page too.
 */
export interface TermRef {
  id: string;
  line: number | undefined;
  /** Whether this is the first <Term> of its id in the file. */
  first: boolean;
}

/** The parts of an mdast / MDX JSX node this module reads and writes. */
interface Node {
  type: string;
  name?: string | null | undefined;
  attributes?: { type: string; name?: string | undefined; value?: unknown }[] | undefined;
  children?: Node[] | undefined;
  position?: { start: { line: number } } | undefined;
}

/** The attribute the marking writes; an editor's own `first="..."` is replaced, so the order decides alone. */
export const firstUseAttribute = 'first';

const isTerm = (node: Node) => isJsxElement(node) && node.name === 'Term';

export function collectTermRefs(tree: Node): TermRef[] {
  const refs: TermRef[] = [];
  const seen = new Set<string>();
  const visit = (node: Node) => {
    if (isTerm(node)) {
      const line = node.position?.start.line;
      const id = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'id')?.value;
      if (typeof id !== 'string' || id === '') {
        const message = '<Term> needs an id="..." attribute with a quoted term id from content/glossary.yaml.';
        throw new Error(line === undefined ? message : `line ${line}: ${message}`);
      }
      const first = !seen.has(id);
      seen.add(id);
      const others = (node.attributes ?? []).filter((attr) => !(attr.type === 'mdxJsxAttribute' && attr.name === firstUseAttribute));
      // MDX passes a valueless attribute as `true`, and no attribute as undefined.
      node.attributes = first ? [...others, { type: 'mdxJsxAttribute', name: firstUseAttribute, value: null }] : others;
      refs.push({ id, line, first });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return refs;
}

/** The term refs the remark plugin (src/integrations/remark/term-refs.ts) recorded in a section's `remarkPluginFrontmatter`. */
export function termRefsOf(remarkPluginFrontmatter: Record<string, unknown>): TermRef[] {
  return (remarkPluginFrontmatter['termRefs'] ?? []) as TermRef[];
}
