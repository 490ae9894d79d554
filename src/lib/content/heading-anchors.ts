import GithubSlugger from 'github-slugger';

/**
 * Heading anchors that paste as they read. Astro slugs a heading from its own text, so a Chinese
 * heading's anchor is Chinese (#快递末端设施), which a copied address turns into %E5%BF%AB….
 * Instead, every language of a section takes its heading anchors from one ASCII language (the
 * anchor locale, English): heading n of the Chinese file gets the slug of heading n of the English
 * file (#the-last-mile). Block parity (check-section.ts) guarantees that the files have the same
 * headings in the same order; where they do not, the ids are left to Astro and that check stops
 * the build with its own message.
 */

/** The texts of a Markdown file's ATX headings (`## Text`), in order, outside front matter and fenced code. */
export function markdownHeadingTexts(file: string): string[] {
  const texts: string[] = [];
  let fenced = false;
  const body = file.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1] !== undefined) texts.push(heading[1]);
  }
  return texts;
}

/** The slugs Astro gives headings of these texts in one document (github-slugger, numbered when repeated). */
export function astroHeadingSlugs(texts: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((text) => slugger.slug(text));
}

/**
 * The anchors of a document's headings, from the texts of the same headings in the anchor
 * language. A slug that is not plain ASCII (an anchor-language heading in another script) gives
 * way to `heading-<n>`, so that every anchor is ASCII.
 */
export function asciiHeadingAnchors(anchorLanguageTexts: readonly string[]): string[] {
  return astroHeadingSlugs(anchorLanguageTexts).map((slug, index) =>
    /^[a-z0-9-]+$/.test(slug) && slug !== '' ? slug : `heading-${index + 1}`,
  );
}
