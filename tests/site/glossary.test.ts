import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { NodeType, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { pagePath } from '../../src/i18n/paths.ts';
import { readPage, realContent } from '../helpers/site.ts';

/*
 * Glossary terms on the built report, against the files editors write: content/glossary.yaml and
 * the <Term id="..."> elements of content/sections/<locale>/*.mdx, read here independently of the build.
 */
const siteDir = inject('siteDir');
type Locale = 'zh' | 'en';
const locales: Locale[] = ['zh', 'en'];

interface Term {
  id: string;
  zh: string;
  en: string;
  short?: string;
  note?: Record<Locale, string>;
}
const terms = yaml.load(fs.readFileSync(path.resolve('content/glossary.yaml'), 'utf8')) as Term[];
const termById = new Map(terms.map((term) => [term.id, term]));

/** The sections in report order (their front matter's order). */
const slugs = realContent
  .sectionSlugs('zh')
  .sort((a, b) => realContent.frontMatter('zh', a).order - realContent.frontMatter('zh', b).order);
/** The <Term>s a section's MDX marks, in reading order: their ids and the editor's words. */
const markedTermUses = (locale: Locale, slug: string) =>
  [...fs.readFileSync(path.resolve('content/sections', locale, `${slug}.mdx`), 'utf8').matchAll(/<Term id="([^"]+)">([^<]*)<\/Term>/g)].map(
    (match) => ({ id: match[1] ?? '', words: match[2] ?? '' }),
  );
const markedTerms = (locale: Locale, slug: string) => markedTermUses(locale, slug).map((use) => use.id);

/**
 * The text right after an element, up to the next element: what a reader sees follow the term (after
 * the link to its glossary entry, where its first use is one).
 */
function followedBy(term: HTMLElement): { text: string; next: HTMLElement | undefined } {
  const element = term.parentNode.classList.contains('term-link') ? term.parentNode : term;
  const siblings = element.parentNode.childNodes;
  const index = siblings.indexOf(element);
  const text = siblings[index + 1];
  const next = siblings[index + 2];
  return {
    text: text?.nodeType === NodeType.TEXT_NODE ? text.rawText : '',
    next: next?.nodeType === NodeType.ELEMENT_NODE ? (next as HTMLElement) : undefined,
  };
}

/**
 * The Chinese original after a term, when it shows one: ` (<span lang="zh-CN">…</span>)`, or, for
 * words that end in brackets of their own, inside them: `State Post Bureau (SPB; <span …>…</span>)`,
 * where the term (and its link) is the words before the brackets.
 */
function originalAfter(element: HTMLElement, words: string): string | undefined {
  const { text, next } = followedBy(element);
  const own = /\(([^()]+)\)$/u.exec(words);
  const opener = own === null ? ' (' : ` (${own[1]}; `;
  if (text !== opener || next?.getAttribute('lang') !== 'zh-CN') return undefined;
  const closing = next.nextSibling;
  expect(closing?.rawText.startsWith(')'), `a bracket closes the original of ${element.getAttribute('data-term')}`).toBe(true);
  return next.text;
}

const termsIn = (root: HTMLElement | null) => root?.querySelectorAll('span.term[data-term]') ?? [];

describe.each(slugs)('section %s', (slug) => {
  test('English: the first use of each term shows the Chinese original marked zh-CN, with the anchor; later uses show neither', () => {
    const article = readPage(siteDir, pagePath('en', slug)).querySelector('article');
    const rendered = termsIn(article);
    const uses = markedTermUses('en', slug);
    expect(rendered.map((element) => element.getAttribute('data-term'))).toEqual(uses.map((use) => use.id));
    const seen = new Set<string>();
    for (const [index, element] of rendered.entries()) {
      const id = element.getAttribute('data-term') ?? '';
      const first = !seen.has(id);
      seen.add(id);
      expect(originalAfter(element, uses[index]?.words ?? ''), id).toBe(first ? termById.get(id)?.zh : undefined);
      expect(element.getAttribute('id'), id).toBe(first ? `term-${id}` : undefined);
    }
  });

  test('Chinese: every use is the text alone; the first carries the anchor', () => {
    const article = readPage(siteDir, pagePath('zh', slug)).querySelector('article');
    const rendered = termsIn(article);
    expect(rendered.map((element) => element.getAttribute('data-term'))).toEqual(markedTerms('zh', slug));
    const seen = new Set<string>();
    for (const element of rendered) {
      const id = element.getAttribute('data-term') ?? '';
      expect(followedBy(element).next?.getAttribute('lang')).not.toBe('zh-CN');
      // No space may creep in around a term: between Chinese characters it would show as a gap.
      expect(element.text, id).toBe(element.text.trim());
      expect(followedBy(element).text, id).not.toMatch(/^\s/);
      expect(element.getAttribute('id'), id).toBe(seen.has(id) ? undefined : `term-${id}`);
      seen.add(id);
    }
  });
});

describe.each(locales)('terms linked, %s', (locale) => {
  test.each(slugs)('%s: the first use of each term in the section links to its glossary entry; later uses are no links', (slug) => {
    const rendered = termsIn(readPage(siteDir, pagePath(locale, slug)).querySelector('article'));
    const seen = new Set<string>();
    for (const element of rendered) {
      const id = element.getAttribute('data-term') ?? '';
      const link = element.parentNode.classList.contains('term-link') ? element.parentNode : undefined;
      expect(link?.getAttribute('href'), id).toBe(seen.has(id) ? undefined : `${pagePath(locale, 'glossary')}#term-${id}`);
      seen.add(id);
    }
    expect(seen.size).toBe(new Set(markedTerms(locale, slug)).size);
  });

  test.each(slugs)('%s: a term’s link never holds one bracket of a pair', (slug) => {
    const links = readPage(siteDir, pagePath(locale, slug)).querySelectorAll('article a.term-link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      for (const [open, close] of [
        ['(', ')'],
        ['（', '）'],
      ] as const) {
        expect(link.text.split(open).length, link.text).toBe(link.text.split(close).length);
      }
    }
  });

  test('the glossary page opens with a jump list to every entry, in the order of the entries', () => {
    const page = readPage(siteDir, pagePath(locale, 'glossary'));
    const jumps = page.querySelectorAll('nav.jump-list a').map((link) => [link.getAttribute('href'), link.text]);
    const entries = page.querySelectorAll('dl.glossary > div.entry');
    expect(jumps).toEqual(entries.map((entry) => [`#${entry.getAttribute('id') ?? ''}`, entry.querySelector('dt')?.text]));
    expect(jumps.length).toBe(terms.length);
    // Before the entries, so that a phone reader reaches it first.
    expect(page.querySelector('main')?.innerHTML.indexOf('jump-list')).toBeLessThan(
      page.querySelector('main')?.innerHTML.indexOf('class="glossary"') ?? 0,
    );
  });
});

describe('the whole report', () => {
  test('English: each section shows the Chinese original at its own first use of a term; no term anchor (they belong to the section pages)', () => {
    const page = readPage(siteDir, pagePath('en', 'full'));
    for (const slug of slugs) {
      const section = page.querySelector(`#section-${slug}`);
      const seen = new Set<string>();
      const uses = markedTermUses('en', slug);
      const originals = termsIn(section).map((element, index) => {
        const id = element.getAttribute('data-term') ?? '';
        const expected = seen.has(id) ? undefined : termById.get(id)?.zh;
        seen.add(id);
        return [originalAfter(element, uses[index]?.words ?? ''), expected];
      });
      expect(originals.length, slug).toBe(uses.length);
      for (const [shown, expected] of originals) expect(shown).toBe(expected);
    }
    expect(page.querySelectorAll('[id^="term-"]')).toEqual([]);
    expect(readPage(siteDir, pagePath('zh', 'full')).querySelectorAll('[id^="term-"]')).toEqual([]);
  });
});

describe.each(locales)('the %s glossary page', (locale) => {
  const page = readPage(siteDir, pagePath(locale, 'glossary'));
  const entries = page.querySelectorAll('dl.glossary > div.entry');
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const tag = (language: Locale) => (language === 'zh' ? 'zh-CN' : 'en');

  test('lists every term once, in the order the Chinese text first uses them', () => {
    const firstUses = [...new Set(slugs.flatMap((slug) => markedTerms('zh', slug)))];
    expect(entries.map((entry) => entry.getAttribute('id'))).toEqual(firstUses.map((id) => `term-${id}`));
    expect(new Set(firstUses)).toEqual(new Set(terms.map((term) => term.id)));
  });

  test('each term in both languages, the other language marked with its lang; short form and note where given', () => {
    for (const entry of entries) {
      const term = termById.get((entry.getAttribute('id') ?? '').replace(/^term-/, '')) as Term;
      expect(entry.querySelector('dt')?.text, term.id).toBe(term[locale]);
      const marked = entry.querySelectorAll('dd span[lang]').map((span) => [span.getAttribute('lang'), span.text]);
      expect(marked[0], term.id).toEqual([tag(other), term[other]]);
      expect(marked.slice(1), term.id).toEqual(term.short === undefined ? [] : [['en', term.short]]);
      const note = term.note?.[locale];
      if (note !== undefined)
        expect(
          entry.querySelectorAll('dd').some((dd) => dd.text.endsWith(note)),
          term.id,
        ).toBe(true);
    }
  });

  test('each term links to its first use in every section of this language that marks it, and to no other', () => {
    for (const entry of entries) {
      const id = (entry.getAttribute('id') ?? '').replace(/^term-/, '');
      const links = entry.querySelectorAll('a').map((link) => [link.getAttribute('href') ?? '', link.text]);
      const using = slugs.filter((slug) => markedTerms(locale, slug).includes(id));
      expect(links, id).toEqual(using.map((slug) => [`${pagePath(locale, slug)}#term-${id}`, realContent.frontMatter(locale, slug).title]));
      for (const [href] of links) {
        const [urlPath, anchor] = (href ?? '').split('#') as [string, string];
        const target = readPage(siteDir, urlPath).querySelector(`#${anchor}`);
        expect(target?.getAttribute('data-term'), href).toBe(id);
      }
    }
  });

  test('structured data: a DefinedTermSet of every term, named in this language with the other as alternate name', () => {
    const [data] = page
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
    const url = `https://postal-report.example.org${pagePath(locale, 'glossary')}`;
    expect(data).toMatchObject({ '@type': 'DefinedTermSet', '@id': url, inLanguage: tag(locale) });
    const defined = data?.['hasDefinedTerm'] as Record<string, unknown>[];
    expect(defined.length).toBe(terms.length);
    for (const term of defined) {
      const source = termById.get(term['termCode'] as string) as Term;
      expect(term).toMatchObject({
        '@type': 'DefinedTerm',
        name: source[locale],
        alternateName: [source[other]],
        url: `${url}#term-${source.id}`,
      });
    }
  });

  test('the contents beside the text link to it, marked as the current page; section pages link to it too', () => {
    expect(page.querySelector('#report-contents a[aria-current="page"]')?.getAttribute('href')).toBe(pagePath(locale, 'glossary'));
    const section = readPage(siteDir, pagePath(locale, slugs[0] ?? ''));
    expect(section.querySelectorAll(`#report-contents a[href="${pagePath(locale, 'glossary')}"]`).length).toBe(1);
  });

  test('its main content is indexed by search', () => {
    expect(page.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
  });
});
