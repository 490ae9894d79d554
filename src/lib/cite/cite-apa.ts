import { dateParts, type CitationRun, type CitedWork, type FormattedCitation } from './cited-work.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * APA 7, for a web page by a group author with a full date:
 * Author. (Year, Month Day). *Title* [Translated title] (English translation in *Edition*). URL
 * A title in another language keeps its own words, followed by its translation in square
 * brackets (APA 7 §9.38). The English text read is this site's translation, not the author's:
 * the note in parentheses says so and names the edition, where APA names a translator
 * ("T. Translator, Trans."). APA is the English pages' style, so the note is in English.
 * APA puts no full stop after the URL.
 */
export function citeApa(work: CitedWork): FormattedCitation {
  const [year, month, day] = dateParts(work.date);
  const translated = work.translatedTitle === undefined ? [] : [{ text: ` [${work.translatedTitle}]` }];
  const title: CitationRun = { text: work.title, italic: true, ...(work.translatedTitle === undefined ? {} : { lang: work.titleLang }) };
  const translation: CitationRun[] =
    work.translatedIn === undefined
      ? []
      : [{ text: ' (English translation in ' }, { text: work.translatedIn, italic: true }, { text: ')' }];
  return [
    { text: `${work.author}. (${year}, ${months[month - 1] ?? ''} ${day}). ` },
    title,
    ...translated,
    ...translation,
    { text: '. ' },
    { text: work.url, link: true },
  ];
}
