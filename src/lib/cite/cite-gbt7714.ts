import { dateParts, type CitedWork, type FormattedCitation } from './cited-work.ts';

/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), for an online electronic resource:
 * 主要责任者. 题名：其他题名信息[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * The separators are the standard's bibliographic symbols (§8.1); they stand beside Latin
 * letters and digits. The work is the source's release under its own title; the address is the page
 * of this edition where it was read (获取和访问路径). The style serves the Chinese version, which
 * is no translation.
 * The standard also asks for the date the reader accessed the page, after the publication date:
 * (2021-01-04)[2026-12-02]. It is the reader's, not the build's (a build date would make every
 * rebuild differ), so the citation holds the field's name as a placeholder, [引用日期], which the
 * page's copy button fills in with the reader's date (`citationText(runs, date)`).
 */
export const accessDatePlaceholder = '[引用日期]';

export function citeGbt7714(work: CitedWork): FormattedCitation {
  dateParts(work.date);
  return [
    { text: `${work.author}. ${work.title}` },
    { text: '[EB/OL]', code: true },
    { text: `. (${work.date})` },
    { text: accessDatePlaceholder, accessDate: true },
    { text: '. ' },
    { text: work.url, link: true },
    { text: '.' },
  ];
}
