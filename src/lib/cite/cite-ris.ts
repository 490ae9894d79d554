import { dateParts, type CitedWork } from './cited-work.ts';

/**
 * An RIS record (the format of EndNote, Zotero, Mendeley): one "TAG  - value" per line, CRLF line
 * ends, "ER  - " closing the record. ELEC is a web page; TT carries the translated title.
 */
export function citeRis(work: CitedWork): string {
  const [year, month, day] = dateParts(work.date);
  const pad = (value: number) => String(value).padStart(2, '0');
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['AU', work.author],
    ['TI', work.part === undefined ? work.title : `${work.title}: ${work.part}`],
    ...(work.translatedTitle === undefined ? [] : [['TT', work.translatedTitle] as [string, string]]),
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}`],
    ['UR', work.url],
    ['LA', work.titleLang],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
