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
  /**
   * A <Stat>'s other attributes as the editor wrote them (`form="number"` gives `{ form: 'number' }`;
   * `{…}` for one in braces, `true` for one written bare), for the content pipeline to check;
   * absent when it has none. Recorded before any plugin adds its own (the anchor).
   */
  attributes?: Record<string, string | true>;
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

/** An element's attributes other than `except`, as written: quoted text, `{…}` for braces, `true` when bare. */
function writtenAttributes(node: MdxJsxElement, except: string): Record<string, string | true> {
  const written: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === except) continue;
    const { value } = attribute;
    written[attribute.name] = value === null || value === undefined ? true : typeof value === 'string' ? value : `{${value.value}}`;
  }
  return written;
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
      const attributes = component === 'Stat' ? writtenAttributes(node, 'id') : {};
      refs.push(Object.keys(attributes).length > 0 ? { component, id, line, attributes } : { component, id, line });
    }
  });
  return refs;
}
