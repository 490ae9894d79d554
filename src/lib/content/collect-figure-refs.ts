import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attributeExpression, attributeText, isJsxElement, type MdxJsxElement } from '../mdx/mdx-nodes.ts';

/**
 * Finds the data components an MDX section uses (`<Stat id>`, `<KeyFigures ids>`, `<Chart id>`)
 * and the figure or chart ids they name, in reading order. The page checks the ids against the
 * data before rendering, so a typo names the file and line; tests compare the two languages.
 */
export interface FigureRef {
  component: 'Stat' | 'KeyFigures' | 'Chart';
  id: string;
  line: number | undefined;
}

const components: ReadonlySet<string> = new Set<FigureRef['component']>(['Stat', 'KeyFigures', 'Chart']);

function fail(node: MdxJsxElement, message: string): never {
  const line = node.position?.start.line;
  throw new Error(line === undefined ? message : `line ${line}: ${message}`);
}

/** `ids={["a.b", "c.d"]}`: the only form allowed, so that the ids are data, not code. */
function parseIdList(node: MdxJsxElement): string[] {
  const source = attributeExpression(node, 'ids');
  let parsed: unknown;
  try {
    parsed = source === undefined ? undefined : JSON.parse(source);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((id) => typeof id === 'string')) {
    fail(node, `<KeyFigures> needs ids={["section.figure", ...]}: a list of quoted figure ids.`);
  }
  return parsed;
}

export function collectFigureRefs(tree: Root): FigureRef[] {
  const refs: FigureRef[] = [];
  visit(tree, (node) => {
    if (!isJsxElement(node) || !components.has(node.name ?? '')) return;
    const component = node.name as FigureRef['component'];
    const line = node.position?.start.line;
    if (component === 'KeyFigures') {
      for (const id of parseIdList(node)) refs.push({ component, id, line });
    } else {
      const id = attributeText(node, 'id');
      if (id === undefined || id === '') fail(node, `<${component}> needs an id="..." attribute with a quoted id.`);
      refs.push({ component, id, line });
    }
  });
  return refs;
}
