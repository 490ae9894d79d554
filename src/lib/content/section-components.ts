/**
 * The components an MDX section may use, which the section page provides (no import needed).
 * A new component for editors is added here and to the page's `sectionComponents`; the section
 * guard (check-section-markup.ts) refuses any other.
 */
export const sectionComponentNames = ['Stat', 'KeyFigures', 'Chart', 'Term'] as const;

export type SectionComponentName = (typeof sectionComponentNames)[number];

/**
 * Plain HTML elements a sentence may need: `<span lang="en">` marks a word in the other language,
 * `<abbr title>` an abbreviation, `<sub>`/`<sup>` chemical and footnote marks. They hold text only.
 */
export const sectionTextElements = [
  'abbr',
  'b',
  'bdi',
  'br',
  'cite',
  'dfn',
  'em',
  'i',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'wbr',
] as const;

/** Attributes those elements may carry: language, direction and a tooltip, never script or style. */
export const sectionTextAttributes = ['dir', 'lang', 'title', 'translate'] as const;
