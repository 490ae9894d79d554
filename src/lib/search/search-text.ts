/**
 * What the site search (Pagefind) reads of a page. Pagefind joins the text of neighbouring elements
 * as it finds it, so a key-figure card's value and label, or a glossary entry's term and its
 * "Chinese original:", ran together in excerpts ("lockersSmart"). Where one element ends and
 * another begins with nothing between them, a reader sees two things; the index is given a space
 * there. The published HTML is left as it is.
 */
export function separateAdjacentElements(html: string): string {
  return html.replace(/(<\/[a-z][a-z0-9-]*>)(?=<[a-z])/gi, '$1 ');
}

/**
 * Parts of a page the index leaves out, beside elements marked data-pagefind-ignore: page chrome
 * that every page repeats or that names no content of the report.
 * - `.cite`: “Cite this …” and its reference, the same on every page but for the address;
 * - `.key-figures`: the cards repeat figures that their own pages and the sections' sentences hold;
 * - `thead`: column headings (Indicator, Value, Period) above every table.
 */
export const searchExcludeSelectors = ['.cite', '.key-figures', 'thead'];
