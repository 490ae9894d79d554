import { dateParts, type CitedWork } from './cited-work.ts';
import { translationNote } from './translation-note.ts';

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes the characters TeX treats as commands in a field value. URLs are left as they are (the url field is verbatim). */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (character) => {
    if (character === '\\') return '\\textbackslash{}';
    if (character === '^') return '\\textasciicircum{}';
    if (character === '~') return '\\textasciitilde{}';
    return `\\${character}`;
  });
}

/**
 * A BibTeX @misc entry that both BibTeX and biblatex read: year and month for BibTeX styles,
 * date and url for biblatex. The author is in double braces, because a group author has no
 * given name. A translated title follows the original in brackets, as APA writes it; the English
 * version says in a note that it is this site's translation.
 */
export function citeBibtex(work: CitedWork, key: string): string {
  const [year, month] = dateParts(work.date);
  const title = work.translatedTitle === undefined ? work.title : `${work.title} [${work.translatedTitle}]`;
  const note = translationNote(work);
  const fields: [string, string][] = [
    ['author', `{{${escapeTex(work.author)}}}`],
    ['title', `{${escapeTex(title)}}`],
    ['year', `{${year}}`],
    ['month', monthNames[month - 1] ?? ''],
    ['date', `{${work.date}}`],
    ['url', `{${work.url}}`],
    ...(note === undefined ? [] : [['note', `{${escapeTex(note)}}`] as [string, string]]),
  ];
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}
