/* Citation.js ships no types: the part of its API the citation tests use. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
  }
  export const plugins: unknown;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
