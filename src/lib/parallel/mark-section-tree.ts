import type { Locale } from '../../i18n/locales.ts';
import { sectionComponentNames } from '../content/section-components.ts';
import { isVisibleBlock } from '../content/section-blocks.ts';
import { isJsxElement } from '../content/mdx-element.ts';

/**
 * Marks a section's MDX tree for the side-by-side page (src/pages/parallel/), which shows two
 * language versions of a section on one page:
 * - each section component gets the `locale` of the file it is in, so that an English <Stat> is
 *   written in English even on a page whose URL is Chinese;
 * - each top-level block is preceded by a <BlockStart/>, which renders nothing on the language
 *   pages and a marker on the side-by-side page, where the blocks are paired up.
 */

/** The parts of an mdast / MDX JSX node this module reads and writes. */
interface Node {
  type: string;
  name?: string | null | undefined;
  attributes?: { type: string; name?: string | undefined; value?: unknown }[] | undefined;
  children?: Node[] | undefined;
  /** mdast's `data`: what a node passes on to HTML (`hProperties`), among other things. */
  data?: object | undefined;
}

/** The name of the element written before each block; pages map it to a component. */
export const blockStartName = 'BlockStart';

const componentNames: ReadonlySet<string> = new Set(sectionComponentNames);

/** The language of a section file, from its folder: `content/sections/en/talent.mdx` → `en`. */
export function sectionFileLocale(file: string, locales: readonly Locale[]): Locale | undefined {
  const folder = /(?:^|[/\\])sections[/\\]([^/\\]+)[/\\][^/\\]+\.mdx?$/.exec(file)?.[1];
  return locales.find((locale) => locale === folder);
}

function isSectionComponent(node: Node): boolean {
  return isJsxElement(node) && componentNames.has(node.name ?? '');
}

/**
 * Sets `locale` on every section component of the tree (replacing one an editor may have written),
 * and `data-locale` on every heading, whose self-link labels itself in that language.
 */
export function markLocale(tree: Node, locale: Locale): void {
  for (const child of tree.children ?? []) {
    if (child.type === 'heading') {
      const data = (child.data ?? {}) as { hProperties?: Record<string, unknown> };
      child.data = { ...data, hProperties: { ...data.hProperties, dataLocale: locale } };
    }
    if (isSectionComponent(child)) {
      child.attributes = [
        ...(child.attributes ?? []).filter((attribute) => attribute.name !== 'locale'),
        { type: 'mdxJsxAttribute', name: 'locale', value: locale },
      ];
    }
    markLocale(child, locale);
  }
}

/** Writes a <BlockStart/> before each top-level block a reader sees (not front matter or imports). */
export function markBlockStarts(tree: Node): void {
  tree.children = (tree.children ?? []).flatMap((node) =>
    isVisibleBlock(node) ? [{ type: 'mdxJsxFlowElement', name: blockStartName, attributes: [], children: [] }, node] : [node],
  );
}
