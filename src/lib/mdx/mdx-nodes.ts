import type { Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
// Adds MDX's ESM and expression nodes (`mdxjsEsm`, `mdxFlowExpression`, ...) to mdast's node types.
import type {} from 'mdast-util-mdx';

/**
 * The few helpers the remark plugins and content checks need on a section's MDX tree (mdast with
 * MDX's nodes), on the ecosystem's types. Walking the tree is unist-util-visit's job, the text of a
 * node mdast-util-to-string's.
 */

/** An MDX JSX element: inline (`<Stat/>` in a sentence) or a block of its own (`<Chart/>` on its line). */
export type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Whether a node is an MDX JSX element, inline or a block; of that name, when one is given. */
export function isJsxElement(node: { type: string }, name?: string): node is MdxJsxElement {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return false;
  return name === undefined || (node as MdxJsxElement).name === name;
}

/** The first attribute of that name written `name="…"`, `name={…}` or `name` alone (not a spread `{...props}`). */
function jsxAttribute(element: MdxJsxElement, name: string): MdxJsxAttribute | undefined {
  return element.attributes.find(
    (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  );
}

/** An attribute's quoted text: `id="a.b"` gives `a.b`; undefined when it is missing, bare or in braces. */
export function attributeText(element: MdxJsxElement, name: string): string | undefined {
  const value = jsxAttribute(element, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The code of an attribute in braces: `ids={["a.b"]}` gives `["a.b"]`; undefined when it is missing, bare or quoted. */
export function attributeExpression(element: MdxJsxElement, name: string): string | undefined {
  const value = jsxAttribute(element, name)?.value;
  return typeof value === 'object' && value !== null ? value.value : undefined;
}

/** Removes every `name="…"` attribute of that name (an editor's own, before the build writes its value). */
export function removeAttribute(element: MdxJsxElement, name: string): void {
  element.attributes = element.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === name));
}

/**
 * Writes an attribute last, replacing any of that name. `null` writes it bare (`first`), which the
 * component receives as `true`.
 */
export function setAttribute(element: MdxJsxElement, name: string, value: string | null): void {
  removeAttribute(element, name);
  element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Adds HTML attributes to the element a Markdown node becomes (mdast's `data.hProperties`, which remark-rehype reads). */
export function addHtmlProperties(node: Nodes, properties: Readonly<Record<string, string | undefined>>): void {
  const data: { hProperties?: Readonly<Record<string, unknown>> } = node.data ?? {};
  node.data = { ...data, hProperties: { ...data.hProperties, ...properties } };
}
