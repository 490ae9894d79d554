import fs from 'node:fs';
import path from 'node:path';
import { anchorLocale, locales } from '../../i18n/locales.ts';
import { astroHeadingSlugs, asciiHeadingAnchors, markdownHeadingTexts } from '../../lib/content/heading-anchors.ts';
import { sectionFileLocale } from '../../lib/parallel/mark-section-tree.ts';

/** The parts of an mdast node this plugin reads and writes. */
interface Node {
  type: string;
  value?: string | undefined;
  children?: Node[] | undefined;
  data?: object | undefined;
}

interface VFileLike {
  path?: string;
  /** The file's text, as the MDX compiler read it (a string, or its bytes). */
  value?: string | Uint8Array;
}

function headingsOf(node: Node): Node[] {
  if (node.type === 'heading') return [node];
  return (node.children ?? []).flatMap(headingsOf);
}

function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/**
 * Remark plugin: gives a section's headings ASCII anchors taken from the same headings of the
 * anchor language's file (src/lib/content/heading-anchors.ts), so #the-last-mile on every language
 * page. The anchor Astro used to give a heading, if different, goes to `data-former-id`, which
 * SelfLinkedHeading keeps as a second anchor so that links made before still arrive.
 * Markdown outside content/sections/ is left alone.
 */
export default function remarkHeadingIds() {
  return (tree: Node, file: VFileLike) => {
    const filePath = file.path ?? '';
    const locale = sectionFileLocale(filePath, locales);
    if (locale === undefined) return;
    const anchorFile = path.join(path.dirname(filePath), '..', anchorLocale, path.basename(filePath));
    const anchorBody =
      locale === anchorLocale ? String(file.value ?? '') : fs.existsSync(anchorFile) ? fs.readFileSync(anchorFile, 'utf8') : '';
    const headings = headingsOf(tree);
    const anchors = asciiHeadingAnchors(markdownHeadingTexts(anchorBody));
    // A section whose languages differ in headings is refused by the block parity check, with its own message.
    if (anchors.length !== headings.length) return;
    const formerIds = astroHeadingSlugs(headings.map(textOf));
    headings.forEach((heading, index) => {
      const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
      const id = anchors[index];
      const formerId = formerIds[index];
      heading.data = { ...data, hProperties: { ...data.hProperties, id, ...(formerId === id ? {} : { dataFormerId: formerId }) } };
    });
  };
}
