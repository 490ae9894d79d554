import { dateParts, type CitedWork } from './cited-work.ts';

/** One CSL-JSON item, as citation processors (citeproc-js, Pandoc, Zotero) read it. */
export interface CslItem {
  id: string;
  type: 'webpage';
  author: { literal: string }[];
  title: string;
  'container-title'?: string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
}

/**
 * A CSL-JSON item: a group author is a `literal` name (no family or given part). A part is the
 * item and the report its container. A translated title follows the original in brackets.
 */
export function citeCslJson(work: CitedWork, id: string): CslItem {
  const title = work.translatedTitle === undefined ? work.title : `${work.title} [${work.translatedTitle}]`;
  return {
    id,
    type: 'webpage',
    author: [{ literal: work.author }],
    title: work.part ?? title,
    ...(work.part === undefined ? {} : { 'container-title': title }),
    issued: { 'date-parts': [dateParts(work.date)] },
    URL: work.url,
    language: work.titleLang,
  };
}
