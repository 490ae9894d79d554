import { locales } from '../../i18n/locales.ts';
import { markBlockStarts, markLocale, sectionFileLocale } from '../../lib/parallel/mark-section-tree.ts';

interface VFileLike {
  path?: string;
}

/**
 * Remark plugin, the last to run: gives each section component the language of its file and marks
 * where each top-level block starts, for the side-by-side page (src/lib/parallel/mark-section-tree.ts).
 * Markdown outside content/sections/ is left alone.
 */
export default function remarkParallelMarkers() {
  return (tree: Parameters<typeof markBlockStarts>[0], file: VFileLike) => {
    const locale = sectionFileLocale(file.path ?? '', locales);
    if (locale === undefined) return;
    markLocale(tree, locale);
    markBlockStarts(tree);
  };
}
