import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Locale } from '../../i18n/locales.ts';
import { sectionComponentNames } from '../content/section-components.ts';
import { isVisibleBlock } from '../content/section-blocks.ts';
import { addHtmlProperties, isJsxElement, setAttribute } from '../mdx/mdx-nodes.ts';

/**
 * Marks a section's MDX tree for the side-by-side page (src/pages/parallel/), which shows two
 * language versions of a section on one page:
 * - each section component gets the `locale` of the file it is in, so that an English <Stat> is
 *   written in English even on a page whose URL is Chinese;
 * - each top-level block is preceded by a <BlockStart/>, which renders nothing on the language
 *   pages and a marker on the side-by-side page, where the blocks are paired up.
 */

/** The name of the element written before each block; pages map it to a component. */
export const blockStartName = 'BlockStart';

const componentNames: ReadonlySet<string> = new Set(sectionComponentNames);

/** The language of a section file, from its folder: `content/sections/en/talent.mdx` → `en`. */
export function sectionFileLocale(file: string, locales: readonly Locale[]): Locale | undefined {
  const folder = /(?:^|[/\\])sections[/\\]([^/\\]+)[/\\][^/\\]+\.mdx?$/.exec(file)?.[1];
  return locales.find((locale) => locale === folder);
}

/**
 * Sets `locale` on every section component of the tree (replacing one an editor may have written),
 * and `data-locale` on every heading, whose self-link labels itself in that language.
 */
export function markLocale(tree: Root, locale: Locale): void {
  visit(tree, (node) => {
    if (node.type === 'heading') addHtmlProperties(node, { dataLocale: locale });
    if (isJsxElement(node) && componentNames.has(node.name ?? '')) setAttribute(node, 'locale', locale);
  });
}

/** Writes a <BlockStart/> before each top-level block a reader sees (not front matter or imports). */
export function markBlockStarts(tree: Root): void {
  tree.children = tree.children.flatMap((node): RootContent[] =>
    isVisibleBlock(node) ? [{ type: 'mdxJsxFlowElement', name: blockStartName, attributes: [], children: [] }, node] : [node],
  );
}
