import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attributeText, isJsxElement, removeAttribute, setAttribute } from '../mdx/mdx-nodes.ts';

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

/** The attribute the marking writes; an editor's own `first="..."` is replaced, so the order decides alone. */
export const firstUseAttribute = 'first';

export function collectTermRefs(tree: Root): TermRef[] {
  const refs: TermRef[] = [];
  const seen = new Set<string>();
  visit(tree, (node) => {
    if (!isJsxElement(node, 'Term')) return;
    const line = node.position?.start.line;
    const id = attributeText(node, 'id');
    if (id === undefined || id === '') {
      const message = '<Term> needs an id="..." attribute with a quoted term id from content/glossary.yaml.';
      throw new Error(line === undefined ? message : `line ${line}: ${message}`);
    }
    const first = !seen.has(id);
    seen.add(id);
    // MDX passes a valueless attribute as `true`, and no attribute as undefined.
    if (first) setAttribute(node, firstUseAttribute, null);
    else removeAttribute(node, firstUseAttribute);
    refs.push({ id, line, first });
  });
  return refs;
}

/** The term refs the remark plugin (src/integrations/remark/term-refs.ts) recorded in a section's `remarkPluginFrontmatter`. */
export function termRefsOf(remarkPluginFrontmatter: Record<string, unknown>): TermRef[] {
  return (remarkPluginFrontmatter['termRefs'] ?? []) as TermRef[];
}
