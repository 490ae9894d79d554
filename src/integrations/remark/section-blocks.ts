import { sectionBlocks } from '../../lib/content/section-blocks.ts';

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Remark plugin: records a section's block sequence (`remarkPluginFrontmatter.sectionBlocks`), where
 * the page compares the languages of a section block by block.
 */
export default function remarkSectionBlocks() {
  return (tree: Parameters<typeof sectionBlocks>[0], file: VFileLike) => {
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter['sectionBlocks'] = sectionBlocks(tree);
  };
}
