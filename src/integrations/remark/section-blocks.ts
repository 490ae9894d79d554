import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { sectionBlocks } from '../../lib/content/section-blocks.ts';
import { setPluginFrontmatter } from './remark-file.ts';

/**
 * Remark plugin: records a section's block sequence (`remarkPluginFrontmatter.sectionBlocks`), where
 * the page compares the languages of a section block by block.
 */
const remarkSectionBlocks: Plugin<[], Root> = () => (tree, file) => {
  setPluginFrontmatter(file, 'sectionBlocks', sectionBlocks(tree));
};

export default remarkSectionBlocks;
