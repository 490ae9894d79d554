import { collectTermRefs } from '../../lib/content/collect-term-refs.ts';
import { displayPath } from '../../lib/content/content-dir.ts';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Remark plugin: marks the first <Term> of each id in a section (src/lib/content/collect-term-refs.ts)
 * and records the terms the section uses in its frontmatter (`remarkPluginFrontmatter.termRefs`),
 * where the page checks them against the glossary and the glossary page finds where each is used.
 */
export default function remarkTermRefs() {
  return (tree: Parameters<typeof collectTermRefs>[0], file: VFileLike) => {
    let refs;
    try {
      refs = collectTermRefs(tree);
    } catch (error) {
      // "line 7: ..." becomes "content/sections/en/alpha.mdx:7: ...", as the page-level checks write it.
      const shown = file.path === undefined ? 'an MDX file' : displayPath(file.path);
      const message = (error as Error).message.replace(/^line (\d+): /, `${shown}:$1: `);
      throw new Error(message.startsWith(shown) ? message : `${shown}: ${message}`, { cause: error });
    }
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter['termRefs'] = refs;
  };
}
