/**
 * What a citation names, in the language of the page that shows it. Plain data, so that every
 * format (GB/T 7714, APA, BibTeX, RIS, CSL-JSON) reads the same object and a figure page can
 * build one of its own.
 */
export interface CitedWork {
  /** A group author, written as the citing language names it: 国家邮政局, State Post Bureau. */
  author: string;
  /** The work's title in its original language. */
  title: string;
  /** The BCP 47 tag of `title` (zh-CN), so a page in another language can mark it. */
  titleLang: string;
  /** The title in the page's language, when that differs from the original (APA's bracketed translation). */
  translatedTitle?: string | undefined;
  /** A part of the work (a section or a chart), in the page's language; absent for the whole work. */
  part?: string | undefined;
  /** Publication date as YYYY-MM-DD. Never a build date: rebuilds stay byte-identical. */
  date: string;
  /** This edition's address of the work or part. */
  url: string;
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
