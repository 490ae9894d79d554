import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import { figureListAnchor, figureSlug, pagePath } from '../../src/i18n/paths.ts';
import en from '../../src/i18n/ui/en.json';
import zh from '../../src/i18n/ui/zh.json';
import { asciiHeadingAnchors, astroHeadingSlugs, markdownHeadingTexts } from '../../src/lib/content/heading-anchors.ts';
import { pagePaths } from '../../src/lib/hosting/site-files.ts';
import { readPage, realContent } from '../helpers/site.ts';

/*
 * Reader aids of issue 22 on the built report, against the files editors write: the list of
 * figures, About this edition, a figure page's own citation, chart citations by number, ASCII
 * heading anchors with self-links that name their heading, and the side-by-side page in English.
 */
const siteDir = inject('siteDir');
const locales = ['zh', 'en'] as const;
type Locale = (typeof locales)[number];
const ui = { zh, en };
const slugs = realContent
  .sectionSlugs('zh')
  .sort((a, b) => realContent.frontMatter('zh', a).order - realContent.frontMatter('zh', b).order);
const charts = fs.readdirSync(path.resolve('content/charts')).map((file) => ({
  id: file.replace(/\.yaml$/, ''),
  ...(yaml.load(fs.readFileSync(path.resolve('content/charts', file), 'utf8')) as { section: string; title: Record<Locale, string> }),
}));
const mdx = (locale: Locale, slug: string) => fs.readFileSync(path.resolve('content/sections', locale, `${slug}.mdx`), 'utf8');

describe.each(locales)('the %s list of figures', (locale) => {
  const page = readPage(siteDir, pagePath(locale, 'figures'));

  test('every chart once, in order of its number, with its title and section, linked to the chart in its section', () => {
    const items = page.querySelectorAll('ol.charts > li');
    expect(items.length).toBe(charts.length);
    items.forEach((item, index) => {
      const number = ui[locale]['chart.number'].replace('{number}', String(index + 1));
      const href = item.querySelector('a')?.getAttribute('href') ?? '';
      const [urlPath, anchor] = href.split('#') as [string, string];
      const chart = charts.find((candidate) => `chart-${candidate.id}` === anchor);
      expect(chart, href).toBeDefined();
      expect(urlPath).toBe(pagePath(locale, chart?.section ?? ''));
      expect(item.querySelector('.number')?.text).toBe(number);
      expect(item.querySelector('.title')?.text).toBe(chart?.title[locale]);
      expect(item.querySelector('.in-section')?.text).toContain(realContent.frontMatter(locale, chart?.section ?? '').title);
      // The chart is there, with this number.
      const figure = readPage(siteDir, urlPath).querySelector(`figure#${anchor}`);
      expect(figure?.querySelector('.number')?.text).toBe(number);
    });
  });

  test('every statistic once, under its section, in the report’s order of sections, linked to its own page', () => {
    const figures = realContent.figures();
    const listed = page.querySelectorAll('section.section-figures').flatMap((section) => {
      const slug = (section.getAttribute('aria-labelledby') ?? '').replace(/^statistics-/, '');
      expect(section.querySelector('h3')?.text).toBe(realContent.frontMatter(locale, slug).title);
      return section.querySelectorAll('li > a').map((link) => {
        const id = link.getAttribute('href')?.replace(pagePath(locale, 'figures'), '').replace(/\/$/, '') ?? '';
        expect(figures.find((figure) => figure.id === id)?.section, id).toBe(slug);
        return [slug, id];
      });
    });
    expect(listed.map(([, id]) => id).sort()).toEqual(figures.map((figure) => figure.id).sort());
    const sectionOrder = [...new Set(listed.map(([slug]) => slug))];
    expect(sectionOrder).toEqual(slugs.filter((slug) => sectionOrder.includes(slug)));
  });

  test('linked from the contents of every page that has them, from the data page and from each figure page’s breadcrumb', () => {
    const listPath = pagePath(locale, 'figures');
    for (const urlPath of pagePaths(siteDir).filter((candidate) => candidate.startsWith('/en/') === (locale === 'en'))) {
      const root = readPage(siteDir, urlPath);
      if (root.querySelector('#report-contents') !== null) {
        expect(root.querySelectorAll(`#report-contents a[href="${listPath}"]`).length, urlPath).toBe(1);
      }
    }
    expect(readPage(siteDir, pagePath(locale, 'data')).querySelectorAll(`main a[href="${listPath}"]`).length).toBe(1);
    for (const figure of realContent.figures()) {
      const crumbs = readPage(siteDir, pagePath(locale, figureSlug(figure.id)))
        .querySelectorAll('nav.breadcrumb a')
        .map((link) => link.getAttribute('href'));
      expect(crumbs, figure.id).toEqual([listPath, `${listPath}#${figureListAnchor(figure.section)}`]);
    }
  });
});

describe.each(locales)('About this edition, %s', (locale) => {
  const edition = (yaml.load(fs.readFileSync(path.resolve('content/edition.yaml'), 'utf8')) as { edition: Record<string, unknown> })
    .edition as {
    date: Date;
    compiledBy: Record<Locale, string>;
    translatedBy: Record<Locale, string>;
    corrections?: { url: string };
    licence: { name: string; title: Record<Locale, string>; url: string };
  };
  const page = readPage(siteDir, pagePath(locale, 'about'));
  const main = page.querySelector('main');

  test('the edition’s date, compilers and translators, from content/edition.yaml', () => {
    expect(main?.querySelector('time')?.getAttribute('datetime')).toBe(edition.date.toISOString().slice(0, 10));
    const values = main?.querySelectorAll('dd').map((dd) => dd.text.trim());
    expect(values).toContain(edition.compiledBy[locale]);
    expect(values).toContain(edition.translatedBy[locale]);
  });

  test('where to report an error, or that none is given yet', () => {
    const text = main?.text ?? '';
    if (edition.corrections === undefined) expect(text).toContain(ui[locale]['about.noCorrections']);
    else expect(main?.querySelector(`a[href="${edition.corrections.url}"]`)).not.toBeNull();
  });

  test('the licence of the edition’s own work, linked as rel="license", and that it does not cover the publisher’s text', () => {
    const link = main?.querySelector('a[rel="license"]');
    expect(link?.getAttribute('href')).toBe(edition.licence.url);
    expect(link?.text.trim()).toBe(edition.licence.title[locale]);
    expect(main?.text).toContain(edition.licence.name);
    const publisher = realContent.report().publisher[locale];
    expect(main?.text).toContain(ui[locale]['about.licenceExcludes'].replace('{publisher}', publisher));
  });

  test('the original source, as sources.yaml gives it', () => {
    const sources = yaml.load(fs.readFileSync(path.resolve('content/sources.yaml'), 'utf8')) as Record<
      string,
      { title: Record<Locale, string> }
    >;
    const source = Object.values(sources)[0];
    expect(main?.text).toContain(source?.title[locale]);
  });

  test('every page in this language links to it from its footer', () => {
    const aboutPath = pagePath(locale, 'about');
    for (const urlPath of pagePaths(siteDir).filter((candidate) => candidate.startsWith('/en/') === (locale === 'en'))) {
      if (urlPath === '/404.html') continue;
      expect(readPage(siteDir, urlPath).querySelectorAll(`footer a[href="${aboutPath}"]`).length, urlPath).toBe(1);
    }
  });
});

describe.each(locales)('citations, %s', (locale) => {
  test.each(
    realContent
      .figures()
      .slice(0, 3)
      .map((figure) => figure.id),
  )('the figure page of %s: its own citation open right under its value, in each format, without JavaScript', (id) => {
    const page = readPage(siteDir, pagePath(locale, figureSlug(id)));
    const value = page.querySelector('article > p.value');
    const cite = value?.nextElementSibling;
    expect(cite?.getAttribute('data-cite')).toBe('figure');
    expect(cite?.tagName).toBe('SECTION');
    const formats = cite?.querySelectorAll('copy-citation h3').map((heading) => heading.text);
    expect(formats).toEqual([locale === 'zh' ? 'GB/T 7714-2015' : 'APA 7', 'BibTeX', 'RIS']);
    // The buttons are the script's: without it, the texts alone.
    expect(cite?.querySelectorAll('button')).toEqual([]);
    expect(cite?.querySelectorAll('[data-copy-text]').length).toBe(3);
    expect(cite?.querySelector('pre')?.text).toContain(`url = {https://postal-report.example.org${pagePath(locale, figureSlug(id))}}`);
    // GB/T 7714's access date: a visible placeholder, marked for the copy button.
    const accessDate = cite?.querySelectorAll('[data-access-date]').map((element) => element.text.trim());
    expect(accessDate).toEqual(locale === 'zh' ? ['[引用日期]'] : []);
  });

  test.each(slugs.filter((slug) => charts.some((chart) => chart.section === slug)))(
    '%s: each chart’s citation is labelled with its number',
    (slug) => {
      const page = readPage(siteDir, pagePath(locale, slug));
      for (const figure of page.querySelectorAll('figure.chart')) {
        const number = figure.querySelector('.number')?.text.replace(/\D/g, '') ?? '';
        expect(figure.querySelector('details.cite summary')?.text).toBe(ui[locale]['cite.chart'].replace('{number}', number));
      }
    },
  );
});

describe('heading anchors', () => {
  test.each(slugs)('%s: both languages use the English headings’ ASCII anchors; the Chinese page keeps its former anchors', (slug) => {
    const expected = asciiHeadingAnchors(markdownHeadingTexts(mdx('en', slug)));
    const formerZh = astroHeadingSlugs(markdownHeadingTexts(mdx('zh', slug)));
    for (const locale of locales) {
      const article = readPage(siteDir, pagePath(locale, slug)).querySelector('article');
      const headings = article?.querySelectorAll('.heading > h2, .heading > h3') ?? [];
      expect(headings.map((heading) => heading.id)).toEqual(expected);
      for (const heading of headings) expect(heading.id).toMatch(/^[a-z0-9-]+$/);
      // Each heading's "#" names it: "Link to this heading: The last mile".
      for (const heading of headings) {
        const label = heading.parentNode.querySelector('a.self-link .visually-hidden')?.text;
        expect(label).toBe(ui[locale]['anchor.heading'].replace('{heading}', heading.text.trim()));
      }
    }
    const zhPage = readPage(siteDir, pagePath('zh', slug));
    // On the element around the heading: no empty element of its own beside it.
    expect(zhPage.querySelectorAll('article div.heading[id]').map((element) => element.id)).toEqual(
      formerZh.filter((former, index) => former !== expected[index]),
    );
  });

  test('the whole report keeps each section’s anchors, and each section heading’s link names it', () => {
    for (const locale of locales) {
      const page = readPage(siteDir, pagePath(locale, 'full'));
      for (const slug of slugs) {
        const title = realContent.frontMatter(locale, slug).title;
        const label = page.querySelector(`#section-${slug} a.self-link .visually-hidden`)?.text;
        expect(label).toBe(ui[locale]['anchor.heading'].replace('{heading}', title));
      }
    }
  });
});

describe('the side-by-side page in English', () => {
  test.each(slugs)('/en/parallel/%s/ has English chrome; the English section page links to it', (slug) => {
    const page = readPage(siteDir, `/en/parallel/${slug}/`);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.site-header')?.text).toContain(en['nav.home']);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, follow');
    const section = readPage(siteDir, pagePath('en', slug));
    expect(section.querySelectorAll(`a[href="/en/parallel/${slug}/"]`).length).toBe(1);
    // Both columns, in the same order as on the Chinese page.
    const columns = (root: typeof page) => root.querySelectorAll('[lang="zh-CN"], [lang="en"]').length;
    expect(columns(page)).toBe(columns(readPage(siteDir, `/parallel/${slug}/`)));
  });
});
