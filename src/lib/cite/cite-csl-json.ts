import { dateParts, type CitedWork } from './cited-work.ts';
import { translationNote } from './translation-note.ts';

/** One CSL-JSON item, as citation processors (citeproc-js, Pandoc, Zotero) read it. */
export interface CslItem {
  id: string;
  type: 'webpage';
  author: { literal: string }[];
  title: string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  note?: string;
}

/**
 * A CSL-JSON item: a group author is a `literal` name (no family or given part). A translated
 * title follows the original in brackets; `language` is that of the text read, and the English
 * version says in a note that it is this site's translation.
 */
export function citeCslJson(work: CitedWork, id: string): CslItem {
  const title = work.translatedTitle === undefined ? work.title : `${work.title} [${work.translatedTitle}]`;
  const note = translationNote(work);
  return {
    id,
    type: 'webpage',
    author: [{ literal: work.author }],
    title,
    issued: { 'date-parts': [dateParts(work.date)] },
    URL: work.url,
    language: work.language,
    ...(note === undefined ? {} : { note }),
  };
}
