import { isJsxElement } from './mdx-element.ts';

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

/** The parts of an mdast / MDX JSX node this module reads. */
interface Node {
  type: string;
  name?: string | null | undefined;
  attributes?: Attribute[] | undefined;
  children?: Node[] | undefined;
  position?: { start: { line: number } } | undefined;
}

interface Attribute {
  type: string;
  name?: string | undefined;
  value?: string | { type: string; value: string } | null | undefined;
}

const components = new Set<string>(['Stat', 'KeyFigures', 'Chart']);

function attribute(node: Node, name: string): Attribute['value'] {
  return node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
}

function fail(node: Node, message: string): never {
  const line = node.position?.start.line;
  throw new Error(line === undefined ? message : `line ${line}: ${message}`);
}

/** `ids={["a.b", "c.d"]}`: the only form allowed, so that the ids are data, not code. */
function parseIdList(node: Node, value: Attribute['value']): string[] {
  const source = typeof value === 'object' && value !== null ? value.value : undefined;
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

export function collectFigureRefs(tree: Node): FigureRef[] {
  const refs: FigureRef[] = [];
  const visit = (node: Node) => {
    const name = node.name ?? '';
    if (isJsxElement(node) && components.has(name)) {
      const component = name as FigureRef['component'];
      const line = node.position?.start.line;
      if (component === 'KeyFigures') {
        for (const id of parseIdList(node, attribute(node, 'ids'))) refs.push({ component, id, line });
      } else {
        const id = attribute(node, 'id');
        if (typeof id !== 'string' || id === '') fail(node, `<${component}> needs an id="..." attribute with a quoted id.`);
        refs.push({ component, id, line });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return refs;
}
