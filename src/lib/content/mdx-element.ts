/** Whether an mdast node is an MDX JSX element, inline (`<Stat/>` in a sentence) or a block of its own. */
export function isJsxElement(node: { type: string }): boolean {
  return node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
}
