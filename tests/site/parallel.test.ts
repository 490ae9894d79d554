import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { sectionBlocks } from '../../src/lib/content/section-blocks.ts';
import { formatFigure } from '../../src/lib/format/format-figure.ts';
import { readPage, realContent, shownFigures } from '../helpers/site.ts';

/*
 * The side-by-side pages, /parallel/<slug>/: every section in Chinese and English, block by block.
 * The blocks are counted from the MDX files themselves, not from the build.
 */
const siteDir = inject('siteDir');
const slugs = realContent.sectionSlugs('zh');
const figures = new Map(realContent.figures().map((figure) => [figure.id, figure]));
/** A section's MDX body, parsed; its front matter is left out (remark-parse would read it as a rule and a heading). */
const parse = (file: string) =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .parse(fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));

/** What a block is, read from its HTML: the tag of its first element, or the class of a chart. */
function blockKind(version: HTMLElement): string {
  const first = version.childNodes.find((node): node is HTMLElement => 'tagName' in node && typeof node.tagName === 'string');
  if (first === undefined) return 'empty';
  const heading = first.querySelector('h2, h3, h4');
  if (first.classList.contains('heading') && heading !== null) return heading.tagName.toLowerCase();
  return first.classList.contains('chart') ? 'chart' : first.tagName.toLowerCase();
}

describe.each(slugs)('/parallel/%s/', (slug) => {
  const page = readPage(siteDir, `/parallel/${slug}/`);
  const pairs = page.querySelectorAll('.parallel > .pair');

  test('has one pair of blocks per block of the section, each pair the Chinese and then the English', () => {
    const blocks = sectionBlocks(parse(path.resolve('content/sections/zh', `${slug}.mdx`)));
    expect(pairs.length).toBe(blocks.length);
    for (const pair of pairs) {
      expect(pair.querySelectorAll(':scope > .version').map((version) => version.getAttribute('lang'))).toEqual(['zh-CN', 'en']);
    }
  });

  test('pairs the same kind of block, with the same figures, each written in its own language', () => {
    pairs.forEach((pair, index) => {
      const [zh, en] = pair.querySelectorAll(':scope > .version') as [HTMLElement, HTMLElement];
      expect(blockKind(en), `block ${index + 1}`).toBe(blockKind(zh));
      const [zhFigures, enFigures] = [shownFigures(zh), shownFigures(en)];
      expect(enFigures.map(([id]) => id).sort(), `block ${index + 1}`).toEqual(zhFigures.map(([id]) => id).sort());
      for (const [locale, shown] of [
        ['zh', zhFigures],
        ['en', enFigures],
      ] as const) {
        for (const [id, , text, style] of shown) {
          const figure = figures.get(id);
          expect(figure, id).toBeDefined();
          if (figure !== undefined) expect(text, `${locale} ${id}`).toBe(formatFigure(figure, locale, style));
        }
      }
    });
    // The formatter's text for real figures is pinned in tests/content/report-content.test.ts.
  });

  test('titles the page in both languages and links to both language pages of the section', () => {
    expect(
      page
        .querySelector('h1')
        ?.querySelectorAll('span')
        .map((span) => [span.getAttribute('lang'), span.text]),
    ).toEqual(locales.map((locale) => [locale === 'zh' ? 'zh-CN' : 'en', realContent.frontMatter(locale, slug).title]));
    const links = page.querySelectorAll('main a').map((anchor) => anchor.getAttribute('href'));
    const switchLinks = page.querySelectorAll('.language-switch a').map((anchor) => anchor.getAttribute('href'));
    for (const locale of locales) {
      expect(links).toContain(pagePath(locale, slug));
      expect(switchLinks).toContain(pagePath(locale, slug));
    }
  });

  test('is noindex, follow, with no hreflang alternates, outside the site search, and every id on it is unique', () => {
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, follow');
    expect(page.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
    expect(page.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
    const ids = page.querySelectorAll('[id]').map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    // The English version's chart keeps a working self-link under its prefixed id.
    for (const selfLink of page.querySelectorAll('.version .self-link')) {
      const target = selfLink.getAttribute('href')?.slice(1) ?? '';
      expect(ids, target).toContain(target);
    }
  });

  test.each(locales)('the %s section page links to it, in its own language’s place (English chrome for English readers)', (locale) => {
    const section = readPage(siteDir, pagePath(locale, slug));
    expect(section.querySelectorAll('a').map((anchor) => anchor.getAttribute('href'))).toContain(pagePath(locale, `parallel/${slug}`));
  });
});

test('no side-by-side page is in the sitemap', () => {
  const sitemap = fs.readFileSync(path.join(siteDir, 'sitemap-0.xml'), 'utf8');
  for (const slug of slugs) expect(sitemap).toContain(pagePath('en', slug));
  expect(sitemap).not.toContain('/parallel/');
});
