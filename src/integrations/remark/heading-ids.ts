import fs from 'node:fs';
import path from 'node:path';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { anchorLocale } from '../../i18n/locales.ts';
import { locales } from '../../i18n/publication-locales.ts';
import { astroHeadingSlugs, asciiHeadingAnchors, markdownHeadingTexts } from '../../lib/content/heading-anchors.ts';
import { addHtmlProperties } from '../../lib/mdx/mdx-nodes.ts';
import { sectionFileLocale } from '../../lib/parallel/mark-section-tree.ts';

/**
 * Remark plugin: gives a section's headings ASCII anchors taken from the same headings of the
 * anchor language's file (src/lib/content/heading-anchors.ts), so #the-last-mile on every language
 * page. The anchor Astro used to give a heading, if different, goes to `data-former-id`, which
 * SelfLinkedHeading keeps as a second anchor so that links made before still arrive.
 * Markdown outside content/sections/ is left alone.
 */
const remarkHeadingIds: Plugin<[], Root> = () => (tree, file) => {
  const filePath = file.path ?? '';
  const locale = sectionFileLocale(filePath, locales);
  if (locale === undefined) return;
  const anchorFile = path.join(path.dirname(filePath), '..', anchorLocale, path.basename(filePath));
  const anchorBody = locale === anchorLocale ? file.toString() : fs.existsSync(anchorFile) ? fs.readFileSync(anchorFile, 'utf8') : '';
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading) => {
    headings.push(heading);
  });
  const anchors = asciiHeadingAnchors(markdownHeadingTexts(anchorBody));
  // A section whose languages differ in headings is refused by the block parity check, with its own message.
  if (anchors.length !== headings.length) return;
  // A heading's text and inline code, without an image's alt text.
  const formerIds = astroHeadingSlugs(headings.map((heading) => toString(heading, { includeImageAlt: false })));
  headings.forEach((heading, index) => {
    const id = anchors[index];
    const formerId = formerIds[index];
    addHtmlProperties(heading, formerId === id ? { id } : { id, dataFormerId: formerId });
  });
};

export default remarkHeadingIds;
