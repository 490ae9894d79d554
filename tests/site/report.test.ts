import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { formatFigure, formatPeriod } from '../../src/lib/format/format-figure.ts';
import { pageExists, readPage, realContent, shownFigures } from '../helpers/site.ts';

/** The real report, built once by the global setup, checked against its own content files. */
const siteDir = inject('siteDir');
const figures = realContent.figures();
const slugs = realContent.sectionSlugs('zh');

describe('sections', () => {
  test('the report has its overview and seven sections, under the same names in both languages', () => {
    expect(slugs.length).toBe(8);
    expect(realContent.sectionSlugs('en')).toEqual(slugs);
  });

  test.each(slugs)('%s is a page in every language, with the right lang and a title', (slug) => {
    for (const locale of locales) {
      const page = readPage(siteDir, pagePath(locale, slug));
      expect(page.querySelector('html')?.getAttribute('lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
      expect(page.querySelector('article h1')?.text.trim()).not.toBe('');
    }
  });

  test.each(slugs)('%s: the zh and en pages show the same figures in the same order', (slug) => {
    const ids = (locale: 'zh' | 'en') => shownFigures(readPage(siteDir, pagePath(locale, slug)).querySelector('article')).map(([id]) => id);
    expect(ids('en')).toEqual(ids('zh'));
  });

  test.each(slugs)('%s: the language switch leads to the same section in the other language', (slug) => {
    const switchLink = readPage(siteDir, pagePath('zh', slug)).querySelector('.language-switch a[hreflang="en"]');
    expect(switchLink?.getAttribute('href')).toBe(pagePath('en', slug));
    const back = readPage(siteDir, pagePath('en', slug)).querySelector('.language-switch a[hreflang="zh-CN"]');
    expect(back?.getAttribute('href')).toBe(pagePath('zh', slug));
  });
});

describe('figures', () => {
  test('the report has a figure for every number of the source', () => {
    expect(figures.length).toBeGreaterThanOrEqual(40);
  });

  test.each(figures.map((figure) => [figure.id, figure] as const))(
    '%s is shown on its section page in both languages, formatted',
    (id, figure) => {
      for (const locale of locales) {
        const shown = shownFigures(readPage(siteDir, pagePath(locale, figure.section)).querySelector('article'));
        const matches = shown.filter(([shownId]) => shownId === id);
        expect(matches.length, `${id} on the ${locale} page`).toBeGreaterThan(0);
        for (const [, value, text, style] of matches) {
          expect(value).toBe(String(figure.value));
          expect(text).toBe(formatFigure(figure, locale, style));
        }
      }
    },
  );

  test('prose outside figures has no digits that could be a typed statistic', () => {
    for (const slug of slugs) {
      for (const locale of locales) {
        const article = readPage(siteDir, pagePath(locale, slug)).querySelector('article');
        article?.querySelectorAll('data').forEach((element) => element.remove());
        // Citations are written by code from report.yaml (GB/T 7714, dates, URLs), not typed by editors.
        article?.querySelectorAll('.cite').forEach((element) => element.remove());
        // Programme names in quotes (“246”工程) are names, not statistics.
        const prose = (article?.text ?? '').replace(/“[^”]*”|"[^"]*"/g, '');
        const digits = prose.match(/\d+(?:[.,]\d+)*/g) ?? [];
        const notYearsOrDays = digits.filter((run) => !/^(19|20)\d\d$/.test(run) && !/^\d{1,2}$/.test(run));
        expect(notYearsOrDays, `${locale} ${slug}`).toEqual([]);
      }
    }
  });
});

describe('home and data pages', () => {
  test.each(locales)('%s home: title, key figures in order, and a link to every section', (locale) => {
    const home = readPage(siteDir, pagePath(locale, ''));
    expect(home.querySelector('h1')?.text.trim()).not.toBe('');
    const keyFigures = shownFigures(home.querySelector('.key-figures')).map(([id]) => id);
    expect(keyFigures).toEqual(realContent.report().keyFigures);
    const links = home.querySelectorAll('.contents a').map((link) => link.getAttribute('href'));
    expect(links.sort()).toEqual(slugs.map((slug) => pagePath(locale, slug)).sort());
  });

  test.each(locales)('%s data page lists every figure with its label, value and period', (locale) => {
    const page = readPage(siteDir, pagePath(locale, 'data'));
    for (const figure of figures) {
      const row = page.getElementById(figure.id);
      expect(row, figure.id).not.toBeNull();
      const cells = row?.querySelectorAll('th, td').map((cell) => cell.text.trim());
      expect(cells?.slice(0, 3)).toEqual([figure.label[locale], formatFigure(figure, locale), formatPeriod(figure.period, locale)]);
    }
  });

  test('a 404 page in both languages', () => {
    const page = readPage(siteDir, '404.html');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(page.querySelector('[lang="en"] h2')?.text).toBe('Page not found');
    expect(pageExists(siteDir, '/en/')).toBe(true);
  });
});
