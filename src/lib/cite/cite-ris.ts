import { dateParts, type CitedWork } from './cited-work.ts';
import { translationNote } from './translation-note.ts';

/**
 * An RIS record (the format of EndNote, Zotero, Mendeley): one "TAG  - value" per line, CRLF line
 * ends, "ER  - " closing the record. ELEC is a web page; TT carries the translated title, LA the
 * language of the text read (en for the English version), N1 the note that it is a translation.
 */
export function citeRis(work: CitedWork): string {
  const [year, month, day] = dateParts(work.date);
  const pad = (value: number) => String(value).padStart(2, '0');
  const note = translationNote(work);
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['AU', work.author],
    ['TI', work.title],
    ...(work.translatedTitle === undefined ? [] : [['TT', work.translatedTitle] as [string, string]]),
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}`],
    ['UR', work.url],
    ['LA', work.language],
    ...(note === undefined ? [] : [['N1', note] as [string, string]]),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
