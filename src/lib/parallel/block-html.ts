/**
 * The side-by-side page renders each language version of a section to HTML with a marker before
 * every top-level block (ParallelBlockStart.astro), then cuts the HTML at the markers and pairs
 * block n of one language with block n of the other. Block parity (src/lib/content/section-blocks.ts)
 * guarantees both versions have the same blocks in the same order.
 */

/** What ParallelBlockStart.astro writes before each block. */
export const blockMarker = '<!--section-block-->';

/** The HTML of each block, in order. Anything before the first marker must be whitespace. */
export function splitAtBlockMarkers(html: string, file: string): string[] {
  const [before = '', ...blocks] = html.split(blockMarker);
  if (before.trim() !== '') {
    throw new Error(
      `${file}: the side-by-side page found content before the section's first block; every top-level block should follow a block marker.`,
    );
  }
  return blocks.map((block) => block.trim());
}

/** Attributes that hold one id, or a space-separated list of ids. */
const idAttributes = /(?<=\s)(id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns|headers)="([^"]*)"/g;

/**
 * Prefixes every id of a language version, and every reference to one (`href="#…"`, `for`,
 * `aria-labelledby` …), so that two versions of a section share a page without sharing an id:
 * `chart-talent` becomes `en-chart-talent`, and its self-link `#en-chart-talent`.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(
      idAttributes,
      (_, name: string, ids: string) =>
        `${name}="${ids
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => `${prefix}${id}`)
          .join(' ')}"`,
    )
    .replace(/(?<=\s)href="#([^"]+)"/g, (_, id: string) => `href="#${prefix}${id}"`);
}

/** Block n of every language, side by side; a different number of blocks is refused, naming the files. */
export function pairBlocks<L extends string>(
  slug: string,
  blocksByLocale: Record<L, { file: string; blocks: string[] }>,
): Record<L, string>[] {
  const versions = Object.entries(blocksByLocale) as [L, { file: string; blocks: string[] }][];
  const counts = versions.map(([, { file, blocks }]) => `${file} has ${blocks.length}`);
  const length = versions[0]?.[1].blocks.length ?? 0;
  if (versions.some(([, { blocks }]) => blocks.length !== length)) {
    throw new Error(`Section "${slug}": the side-by-side page needs the same blocks in every language, but ${counts.join(' and ')}.`);
  }
  return Array.from(
    { length },
    (_, index) => Object.fromEntries(versions.map(([locale, { blocks }]) => [locale, blocks[index] ?? ''])) as Record<L, string>,
  );
}
