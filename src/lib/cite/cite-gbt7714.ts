import { dateParts, type CitedWork, type FormattedCitation } from './cited-work.ts';

/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), for an online electronic resource:
 * 主要责任者. 题名：其他题名信息[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * The separators are the standard's bibliographic symbols (§8.1). The colon before other title
 * information sits between Chinese words, so it is written full-width, as Chinese text is
 * throughout the site; the others stand beside Latin letters and digits. A part of the report
 * (a section, a chart) is written as other title information after the report's title.
 * The standard also asks for the date the reader accessed the page, after the publication date:
 * (2021-01-04)[2026-12-02]. It is the reader's, not the build's (a build date would make every
 * rebuild differ), so the citation holds the field's name as a placeholder, [引用日期], which the
 * page's copy button fills in with the reader's date (`citationText(runs, date)`).
 */
export const accessDatePlaceholder = '[引用日期]';

export function citeGbt7714(work: CitedWork): FormattedCitation {
  dateParts(work.date);
  return [
    { text: `${work.author}. ${work.title}${work.part === undefined ? '' : `：${work.part}`}` },
    { text: '[EB/OL]', code: true },
    { text: `. (${work.date})` },
    { text: accessDatePlaceholder, accessDate: true },
    { text: '. ' },
    { text: work.url, link: true },
    { text: '.' },
  ];
}
