import { dateParts, type CitationRun, type CitedWork, type FormattedCitation } from './cited-work.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * APA 7, for a web page by a group author with a full date:
 * Author. (Year, Month Day). *Title* [Translated title]. URL
 * A title in another language keeps its own words, followed by its translation in square
 * brackets (APA 7 §9.38). A part (a section, a chart) is cited like a chapter: "Part. In *Title*".
 * APA puts no full stop after the URL.
 */
export function citeApa(work: CitedWork): FormattedCitation {
  const [year, month, day] = dateParts(work.date);
  const translated = work.translatedTitle === undefined ? [] : [{ text: ` [${work.translatedTitle}]` }];
  const title: CitationRun = { text: work.title, italic: true, ...(work.translatedTitle === undefined ? {} : { lang: work.titleLang }) };
  return [
    { text: `${work.author}. (${year}, ${months[month - 1] ?? ''} ${day}). ` },
    ...(work.part === undefined ? [] : [{ text: `${work.part}. In ` }]),
    title,
    ...translated,
    { text: '. ' },
    { text: work.url, link: true },
  ];
}
