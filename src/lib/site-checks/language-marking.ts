import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { isHanScript, isLatinScript } from './lang-script.ts';

/**
 * Text in the wrong language for its element. A screen reader picks its voice, a browser its
 * hyphenation and a search engine its index from the nearest `lang` attribute; Chinese read by
 * an English voice comes out as "Chinese letter" or silence, and English read by a Chinese voice
 * is spelled out. So on a page (or element) in English, Han characters must sit inside an element
 * with lang="zh-CN"; in Chinese, English words must sit inside one with lang="en". Which rule
 * applies follows the script of the language (lang-script.ts): zh-Hant is checked as zh-CN is.
 */
const han = /\p{Script=Han}+(?:[\p{Script=Han}\p{P}\s]*\p{Script=Han})?/gu;
/** Latin words, joined into phrases: "Page not found" is one problem, not three. */
const latinPhrase = /[A-Za-z][A-Za-z0-9'’-]*(?:[\s,.:;]+[A-Za-z][A-Za-z0-9'’-]*)*/g;

/**
 * Latin text a Chinese page may show without marking, because it reads the same in both
 * languages: names of file formats and encodings, spelled out letter by letter in Chinese speech too.
 * Anything else in Latin letters needs lang="en" (or translate="no" for a file name).
 */
export const latinAllowedInChinese = new Set(['CSV', 'JSON', 'PNG', 'UTF-8']);

/** Text that is not in any human language: code, and names marked translate="no" (file names). */
function isLanguageNeutral(element: HTMLElement): boolean {
  return (
    ['script', 'style', 'code', 'kbd', 'samp'].includes(element.rawTagName?.toLowerCase() ?? '') ||
    element.getAttribute('translate') === 'no'
  );
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function words(text: string, lang: string): string[] {
  if (isLatinScript(lang)) return text.match(han) ?? [];
  if (isHanScript(lang)) {
    return (text.match(latinPhrase) ?? [])
      .map((phrase) => phrase.replace(/[\s,.:;]+$/, ''))
      .filter((phrase) => !latinAllowedInChinese.has(phrase));
  }
  return [];
}

/** The runs of text in the wrong language in a page's <body>, each with the language it sits in. */
export function unmarkedLanguageRuns(html: string): { lang: string; text: string }[] {
  const root = parse(html, { comment: false });
  const body = root.querySelector('body');
  const pageLang = root.querySelector('html')?.getAttribute('lang') ?? '';
  const found: { lang: string; text: string }[] = [];
  const visit = (node: Node, lang: string) => {
    if (isElement(node)) {
      if (isLanguageNeutral(node)) return;
      const own = node.getAttribute('lang') ?? lang;
      node.childNodes.forEach((child) => visit(child, own));
      return;
    }
    for (const text of words(node.text, lang)) found.push({ lang, text });
  };
  if (body !== null) visit(body, pageLang);
  return found;
}

/** The message for one run: the page, the text, and the markup that fixes it. */
export function formatLanguageRun(page: string, { lang, text }: { lang: string; text: string }): string {
  return isLatinScript(lang)
    ? `${page}: "${text}" is Chinese in English text; mark it <span lang="zh-CN">${text}</span>.`
    : `${page}: "${text}" is English in Chinese text; mark it <span lang="en">${text}</span> (or translate="no" on a file name or code).`;
}
