import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { collectTermRefs } from '../../lib/content/collect-term-refs.ts';
import { setPluginFrontmatter, shownFile } from './remark-file.ts';

/**
 * Remark plugin: marks the first <Term> of each id in a section (src/lib/content/collect-term-refs.ts)
 * and records the terms the section uses in its frontmatter (`remarkPluginFrontmatter.termRefs`),
 * where the page checks them against the glossary and the glossary page finds where each is used.
 */
const remarkTermRefs: Plugin<[], Root> = () => (tree, file) => {
  let refs;
  try {
    refs = collectTermRefs(tree);
  } catch (error) {
    // "line 7: ..." becomes "content/sections/en/alpha.mdx:7: ...", as the page-level checks write it.
    const shown = shownFile(file);
    const message = (error as Error).message.replace(/^line (\d+): /, `${shown}:$1: `);
    throw new Error(message.startsWith(shown) ? message : `${shown}: ${message}`, { cause: error });
  }
  setPluginFrontmatter(file, 'termRefs', refs);
};

export default remarkTermRefs;
