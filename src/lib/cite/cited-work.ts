/**
 * What a citation names, in the language of the page that shows it: the source's release (its
 * author, its own title and date, from content/sources.yaml), read on a page of this edition. The
 * edition's title, headings and translations are the site's, not the source's: they are never
 * given as the release's title or as a part of it. Plain data, so that every format
 * (GB/T 7714, APA, BibTeX, RIS, CSL-JSON) reads the same object.
 */
export interface CitedWork {
  /** The release's group author, as the citing language names it (for example 国家邮政局, State Post Bureau). */
  author: string;
  /** The release's own title, in the language it was published in. */
  title: string;
  /** The BCP 47 tag of `title` (zh-CN), so a page in another language can mark it. */
  titleLang: string;
  /** The title in the page's language, when that differs from the original (APA's bracketed translation). */
  translatedTitle?: string | undefined;
  /** The release's date as YYYY-MM-DD. Never a build date: rebuilds stay byte-identical. */
  date: string;
  /** Where the release was read: this edition's page, with the anchor of a chart when one is cited. */
  url: string;
  /** The BCP 47 tag of the text read at `url`: zh-CN, or en for the English version. */
  language: string;
  /** When the text read is this site's translation: the title of the edition that holds it. */
  translatedIn?: string | undefined;
}

/**
 * A formatted citation as runs of text: a page renders italics, language and links from them,
 * a plain-text copy joins them (`citationText`).
 */
export interface CitationRun {
  text: string;
  italic?: boolean;
  /** The run's language when it is not the page's (the original title on an English page). */
  lang?: string;
  /** The run is an address: a page links it. */
  link?: boolean;
  /** The run is a code of the format ([EB/OL]), not a word of any language. */
  code?: boolean;
  /**
   * The run is the reader's access date ([引用日期] in GB/T 7714), a placeholder until a reader's
   * date fills it: a built page never holds a date of its own, so rebuilds stay byte-identical.
   */
  accessDate?: boolean;
}

export type FormattedCitation = readonly CitationRun[];

/** The citation as plain text; with `accessDate` (YYYY-MM-DD), the access-date placeholder filled in with it. */
export function citationText(citation: FormattedCitation, accessDate?: string): string {
  return citation.map((run) => (run.accessDate === true && accessDate !== undefined ? `[${accessDate}]` : run.text)).join('');
}

/** The year, month and day of a YYYY-MM-DD date; throws on anything else, naming the value. */
export function dateParts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new Error(`A citation date must be written YYYY-MM-DD, not "${date}".`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
