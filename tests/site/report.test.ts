import fs from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import enUi from '../../src/i18n/ui/en.json';
import zhUi from '../../src/i18n/ui/zh.json';
import { valueCells } from '../../src/lib/dataset/table-cells.ts';
import { formatFigure, formatPeriod } from '../../src/lib/format/format-figure.ts';
import { pageExists, readPage, realContent, shownFigures } from '../helpers/site.ts';

/** The real report, built once by the global setup, checked against its own content files. */
const siteDir = inject('siteDir');
const figures = realContent.figures();
const slugs = realContent.sectionSlugs('zh');

describe('sections', () => {
  // How many sections this report has is content (tests/content/report-content.test.ts).
  test('every section has the same name in both languages', () => {
    expect(slugs.length).toBeGreaterThan(0);
    expect(realContent.sectionSlugs('en')).toEqual(slugs);
  });

  test.each(slugs)('%s is a page in every language, with the right lang and the title of its front matter', (slug) => {
    for (const locale of locales) {
      const page = readPage(siteDir, pagePath(locale, slug));
      expect(page.querySelector('html')?.getAttribute('lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
      expect(page.querySelector('article h1')?.text.trim()).toBe(realContent.frontMatter(locale, slug).title);
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
  // The numbers of the source, and how some of them read, are content: tests/content/report-content.test.ts.
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
        // So are the charts' drawings (axis ticks, the values on the bars), from the figures.
        article?.querySelectorAll('.chart-picture').forEach((element) => element.remove());
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
  test.each(locales)('%s home: title, publisher, key figures in order, and a link to every section', (locale) => {
    const home = readPage(siteDir, pagePath(locale, ''));
    expect(home.querySelector('h1')?.text.trim()).toBe(realContent.report().title[locale]);
    // The publisher, then the conference, with a space on each side of the dot between them.
    const publisher = realContent.report().publisher[locale];
    const meta = home.querySelector('.report-header .meta')?.text.trim() ?? '';
    expect(meta.startsWith(publisher)).toBe(true);
    expect(meta.slice(publisher.length)).toMatch(/^ · \S/);
    const keyFigures = shownFigures(home.querySelector('.key-figures')).map(([id]) => id);
    expect(keyFigures).toEqual(realContent.report().keyFigures);
    const links = home.querySelectorAll('.contents a').map((link) => link.getAttribute('href'));
    expect(links.sort()).toEqual(slugs.map((slug) => pagePath(locale, slug)).sort());
  });

  test.each(locales)('%s data page: one table of every figure, in the report’s order, value, unit and qualifier apart', (locale) => {
    const page = readPage(siteDir, pagePath(locale, 'data'));
    const ui = locale === 'zh' ? zhUi : enUi;
    expect(page.querySelectorAll('main table')).toHaveLength(1);
    expect(page.querySelectorAll('thead th').map((cell) => cell.text.trim())).toEqual([
      ui['data.label'],
      ui['figure.qualifier'],
      ui['data.value'],
      ui['figure.unit'],
      ui['data.period'],
      ui['data.section'],
    ]);
    // Section by section, in the report's order; every figure once.
    const inOrder = [...slugs].sort((a, b) => realContent.frontMatter('zh', a).order - realContent.frontMatter('zh', b).order);
    const rowSections = page.querySelectorAll('tbody tr').map((row) => row.getAttribute('data-section') ?? '');
    expect([...new Set(rowSections)]).toEqual(inOrder.filter((slug) => rowSections.includes(slug)));
    expect(
      page
        .querySelectorAll('tbody tr')
        .map((row) => row.id)
        .sort(),
    ).toEqual(figures.map((figure) => figure.id).sort());
    for (const figure of figures) {
      const cells = page
        .getElementById(figure.id)
        ?.querySelectorAll('th, td')
        .map((cell) => cell.text.trim());
      const { number, unit } = valueCells(figure, locale);
      const qualifier = figure.qualifier === 'none' ? '' : ui[`data.qualifier.${figure.qualifier}`];
      expect(cells?.slice(0, 5), figure.id).toEqual([figure.label[locale], qualifier, number, unit, formatPeriod(figure.period, locale)]);
      expect(page.getElementById(figure.id)?.querySelector('td.number data')?.getAttribute('value')).toBe(String(figure.value));
    }
    // The report's figures have one source (tests/content/report-content.test.ts), said once above
    // the table instead of in every row.
    const sources = yaml.load(fs.readFileSync('content/sources.yaml', 'utf8')) as Record<string, { publisher: Record<string, string> }>;
    expect(page.querySelector('.sources')?.text).toContain(sources[figures[0]!.source]?.publisher[locale]);
  });

  test('a 404 page in both languages', () => {
    const page = readPage(siteDir, '404.html');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(page.querySelector('[lang="en"] h2')?.text).toBe('Page not found');
    expect(pageExists(siteDir, '/en/')).toBe(true);
    // The Chinese link names the title in its marks, with no space before it.
    const chinese = page.querySelector('main section[data-locale="zh"] p');
    expect(chinese?.querySelector('a')?.text).toBe(`返回《${realContent.report().title.zh}》首页`);
    expect(chinese?.text).not.toMatch(/\s(返回|《)/);
  });

  test.each(locales)('%s data page: every statistic, not every number, comes from its tables', (locale) => {
    const intro = readPage(siteDir, pagePath(locale, 'data'))
      .querySelectorAll('main p')
      .map((paragraph) => paragraph.text)
      .join(' ');
    expect(intro).toContain(locale === 'zh' ? '每一项统计数据' : 'Every statistic');
    expect(intro).not.toMatch(/每一个数字|Every number/u);
  });
});
