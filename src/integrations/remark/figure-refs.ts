import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { collectFigureRefs } from '../../lib/content/collect-figure-refs.ts';
import { collectStatContexts } from '../../lib/content/stat-contexts.ts';
import { setPluginFrontmatter } from './remark-file.ts';

/**
 * Remark plugin: records the figure and chart ids a section uses in its frontmatter
 * (`remarkPluginFrontmatter.figureRefs`), where the page can check them against the data, and
 * the sentence around each <Stat> (`statContexts`), which the figure's own page quotes. It also
 * gives each <Stat> its anchor, so that the quote can link to its place in the section.
 */
const remarkFigureRefs: Plugin<[], Root> = () => (tree, file) => {
  let refs;
  try {
    refs = collectFigureRefs(tree);
  } catch (error) {
    throw new Error(`${file.path ?? 'an MDX file'}, ${(error as Error).message}`, { cause: error });
  }
  setPluginFrontmatter(file, 'figureRefs', refs);
  setPluginFrontmatter(file, 'statContexts', collectStatContexts(tree));
};

export default remarkFigureRefs;
