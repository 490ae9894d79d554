import { collectFigureRefs } from '../../lib/content/collect-figure-refs.ts';
import { collectStatContexts } from '../../lib/content/stat-contexts.ts';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Remark plugin: records the figure and chart ids a section uses in its frontmatter
 * (`remarkPluginFrontmatter.figureRefs`), where the page can check them against the data, and
 * the sentence around each <Stat> (`statContexts`), which the figure's own page quotes. It also
 * gives each <Stat> its anchor, so that the quote can link to its place in the section.
 */
export default function remarkFigureRefs() {
  return (tree: Parameters<typeof collectFigureRefs>[0] & Parameters<typeof collectStatContexts>[0], file: VFileLike) => {
    let refs;
    try {
      refs = collectFigureRefs(tree);
    } catch (error) {
      throw new Error(`${file.path ?? 'an MDX file'}, ${(error as Error).message}`, { cause: error });
    }
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter['figureRefs'] = refs;
    file.data.astro.frontmatter['statContexts'] = collectStatContexts(tree);
  };
}
