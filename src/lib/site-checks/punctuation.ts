import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { isHanScript, isLatinScript } from './lang-script.ts';

/**
 * Punctuation slips a reader sees on the built site. Chinese text uses full-width punctuation
 * (，；：（）), so a half-width , ; : ( ) with a Chinese character beside it is a slip; in text and
 * in the attributes a screen reader or a tooltip reads (aria-label, title, alt). English text uses
 * curly apostrophes (’), so a straight ' is one too.
 */
const halfWidthBesideHan = /\p{Script=Han}\s*[,;:()]|[,;:()]\s*\p{Script=Han}/gu;
const fullWidth: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
const spokenAttributes = ['aria-label', 'title', 'alt'] as const;

export interface PunctuationSlip {
  /** Where: `text`, or the attribute it is in. */
  where: 'text' | (typeof spokenAttributes)[number];
  /** The characters around the slip, as found. */
  found: string;
  /** The half-width mark, or the straight apostrophe. */
  mark: string;
  lang: string;
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function isCode(element: HTMLElement): boolean {
  return (
    ['script', 'style', 'code', 'kbd', 'samp'].includes(element.rawTagName?.toLowerCase() ?? '') ||
    element.getAttribute('translate') === 'no'
  );
}

function slipsIn(text: string, lang: string, where: PunctuationSlip['where']): PunctuationSlip[] {
  if (isHanScript(lang)) {
    return [...text.matchAll(halfWidthBesideHan)].map((match) => ({
      where,
      found: match[0],
      mark: match[0].replace(/[^,;:()]/gu, ''),
      lang,
    }));
  }
  if (isLatinScript(lang)) {
    return [...text.matchAll(/\S*'\S*/g)].map((match) => ({ where, found: match[0], mark: "'", lang }));
  }
  return [];
}

/** The punctuation slips in a page's <body> (and <title>), each in the language it sits in. */
export function punctuationSlips(html: string): PunctuationSlip[] {
  const root = parse(html, { comment: false });
  const pageLang = root.querySelector('html')?.getAttribute('lang') ?? '';
  const found: PunctuationSlip[] = [];
  const visit = (node: Node, lang: string) => {
    if (isElement(node)) {
      if (isCode(node)) return;
      const own = node.getAttribute('lang') ?? lang;
      for (const name of spokenAttributes) {
        const value = node.getAttribute(name);
        if (value !== undefined) found.push(...slipsIn(value, own, name));
      }
      node.childNodes.forEach((child) => visit(child, own));
      return;
    }
    found.push(...slipsIn(node.text, lang, 'text'));
  };
  const title = root.querySelector('title');
  if (title !== null) visit(title, pageLang);
  const body = root.querySelector('body');
  if (body !== null) visit(body, pageLang);
  return found;
}

/** The message for one slip: the page, where it is, what was found and what to write. */
export function formatPunctuationSlip(page: string, { where, found, mark }: PunctuationSlip): string {
  const place = where === 'text' ? 'in the text' : `in the ${where} attribute`;
  if (mark === "'") return `${page}: "${found}" ${place} has a straight apostrophe; write ’ (U+2019).`;
  const fixed = found.replace(/[,;:()]/g, (half) => fullWidth[half] ?? half);
  return `${page}: "${found}" ${place} has half-width "${mark}" beside Chinese; write "${fixed}".`;
}
