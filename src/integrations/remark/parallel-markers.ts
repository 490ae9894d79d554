import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { locales } from '../../i18n/publication-locales.ts';
import { markBlockStarts, markLocale, sectionFileLocale } from '../../lib/parallel/mark-section-tree.ts';

/**
 * Remark plugin, the last to run: gives each section component the language of its file and marks
 * where each top-level block starts, for the side-by-side page (src/lib/parallel/mark-section-tree.ts).
 * Markdown outside content/sections/ is left alone.
 */
const remarkParallelMarkers: Plugin<[], Root> = () => (tree, file) => {
  const locale = sectionFileLocale(file.path ?? '', locales);
  if (locale === undefined) return;
  markLocale(tree, locale);
  markBlockStarts(tree);
};

export default remarkParallelMarkers;
