// Astro's entry in vfile's DataMap: types `file.data.astro`, where a plugin's frontmatter goes.
import type {} from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { displayPath } from '../../errors/content-dir.ts';

/** Records a value in the file's frontmatter, which the page reads as `remarkPluginFrontmatter[key]`. */
export function setPluginFrontmatter(file: VFile, key: string, value: unknown): void {
  file.data.astro ??= {};
  file.data.astro.frontmatter ??= {};
  file.data.astro.frontmatter[key] = value;
}

/**
 * The file as an editor's message names it: its path from the working directory. vfile types
 * `path` as a string, but a file made from text alone has none.
 */
export function shownFile(file: VFile): string {
  return file.path === undefined ? 'an MDX file' : displayPath(file.path);
}
