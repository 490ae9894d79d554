import { dateParts, type CitedWork, type FormattedCitation } from './cited-work.ts';

/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), for an online electronic resource:
 * 主要责任者. 题名：其他题名信息[EB/OL]. (更新或修改日期). 获取和访问路径.
 * The separators are the standard's bibliographic symbols (§8.1). The colon before other title
 * information sits between Chinese words, so it is written full-width, as Chinese text is
 * throughout the site; the others stand beside Latin letters and digits. A part of the report
 * (a section, a chart) is written as other title information after the report's title.
 * The standard also asks for the date the reader accessed the page ([引用日期]); it is the
 * reader's to add, and a build date here would make every rebuild differ.
 */
export function citeGbt7714(work: CitedWork): FormattedCitation {
  dateParts(work.date);
  return [
    { text: `${work.author}. ${work.title}${work.part === undefined ? '' : `：${work.part}`}` },
    { text: '[EB/OL]', code: true },
    { text: `. (${work.date}). ` },
    { text: work.url, link: true },
    { text: '.' },
  ];
}
