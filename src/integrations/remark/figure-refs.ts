import { collectFigureRefs } from '../../lib/content/collect-figure-refs.ts';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Remark plugin: records the figure and chart ids a section uses in its frontmatter
 * (`remarkPluginFrontmatter.figureRefs`), where the page can check them against the data.
 */
export default function remarkFigureRefs() {
  return (tree: Parameters<typeof collectFigureRefs>[0], file: VFileLike) => {
    let refs;
    try {
      refs = collectFigureRefs(tree);
    } catch (error) {
      throw new Error(`${file.path ?? 'an MDX file'}, ${(error as Error).message}`, { cause: error });
    }
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter['figureRefs'] = refs;
  };
}
