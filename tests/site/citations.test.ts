import fs from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { figureSlug, pagePath } from '../../src/i18n/paths.ts';
import { figureHeading } from '../../src/lib/format/figure-title.ts';
import { readPage, realContent } from '../helpers/site.ts';

/*
 * The reference files are read back by Citation.js, an independent parser of BibTeX, RIS and
 * CSL-JSON, and must say what content/report.yaml says: author, original title, date, edition URL.
 */
const siteDir = inject('siteDir');
const site = 'https://postal-report.example.org';
const { report } = yaml.load(fs.readFileSync(path.resolve('content/report.yaml'), 'utf8')) as {
  report: { title: Record<Locale, string>; publisher: Record<Locale, string> };
};
const author = { zh: '国家邮政局', en: 'State Post Bureau' };
/** A group author may come back as a literal name or as a family name with no given name. */
const authorNames = (item: Record<string, unknown> | undefined) =>
  ((item?.['author'] ?? []) as { literal?: string; family?: string; given?: string }[]).map((name) =>
    name.given === undefined ? (name.literal ?? name.family) : undefined,
  );
const readFile = (locale: Locale, name: string) => fs.readFileSync(path.join(siteDir, pagePath(locale, 'cite'), name), 'utf8');

describe.each(locales)('the %s reference files', (locale) => {
  const expected = {
    issued: { 'date-parts': [[2021, 1, 4]] },
    URL: `${site}${pagePath(locale, '')}`,
  };
  const translated = locale === 'zh' ? report.title.zh : `${report.title.zh} [${report.title[locale]}]`;

  test('report.bib parses back to the report', () => {
    const [item] = new Cite(readFile(locale, 'report.bib')).data;
    expect(item).toMatchObject({ ...expected, title: translated });
    expect(authorNames(item)).toEqual([author[locale]]);
  });

  test('report.ris parses back to the report; the English edition is a translation of the original title', () => {
    const [item] = new Cite(readFile(locale, 'report.ris')).data;
    expect(authorNames(item)).toEqual([author[locale]]);
    if (locale === 'zh') expect(item).toMatchObject({ ...expected, title: report.title.zh });
    else expect(item).toMatchObject({ ...expected, title: report.title[locale], 'original-title': report.title.zh });
  });

  test('report.json is CSL-JSON that a processor reads', () => {
    const raw = JSON.parse(readFile(locale, 'report.json')) as unknown[];
    expect(raw).toHaveLength(1);
    const [item] = new Cite(raw).data;
    expect(item).toMatchObject({ ...expected, type: 'webpage', title: translated, author: [{ literal: author[locale] }] });
  });
});

describe('“Cite this” on the pages', () => {
  const pages = locales.flatMap((locale) => ['', ...realContent.sectionSlugs(locale)].map((slug) => [locale, slug] as const));

  test.each(pages)('%s /%s: the page’s citation in its language’s style, with its URL', (locale, slug) => {
    const page = readPage(siteDir, pagePath(locale, slug));
    const own = page.querySelector(`details.cite[data-cite="${slug === '' ? 'report' : 'section'}"] .citation`);
    const text = own?.text ?? '';
    const url = `${site}${pagePath(locale, slug)}`;
    if (locale === 'zh') {
      expect(text.startsWith(`国家邮政局. ${report.title.zh}`)).toBe(true);
      expect(text.endsWith(`[EB/OL]. (2021-01-04)[引用日期]. ${url}.`)).toBe(true);
    } else {
      expect(text.startsWith('State Post Bureau. (2021, January 4). ')).toBe(true);
      expect(text.endsWith(`[${report.title.en}]. ${url}`)).toBe(true);
    }
    // The files it offers exist.
    for (const link of page.querySelectorAll('details.cite a[download]')) {
      expect(fs.existsSync(path.join(siteDir, link.getAttribute('href') ?? ''))).toBe(true);
    }
  });

  const figurePages = locales.flatMap((locale) => realContent.figures().map((figure) => [locale, figure] as const));

  test.each(figurePages.map(([locale, figure]) => [locale, figure.id, figure] as const))(
    '%s figure page of %s: cites the figure by its label and period, at the figure page’s URL',
    (locale, id, figure) => {
      const slug = figureSlug(id);
      const page = readPage(siteDir, pagePath(locale, slug));
      const text = page.querySelector('section.cite[data-cite="figure"] .citation')?.text ?? '';
      const url = `${site}${pagePath(locale, slug)}`;
      const heading = figureHeading(figure, locale);
      if (locale === 'zh') {
        expect(text.startsWith(`国家邮政局. ${report.title.zh}：${heading}`), text).toBe(true);
        expect(text.endsWith(`[EB/OL]. (2021-01-04)[引用日期]. ${url}.`), text).toBe(true);
      } else {
        expect(text.startsWith('State Post Bureau. (2021, January 4). '), text).toBe(true);
        expect(text, text).toContain(heading);
        expect(text.endsWith(` ${url}`), text).toBe(true);
      }
    },
  );
  // One pinned, so the expectations above do not only repeat the code that writes them.
  test('the English citation of the cross-border volume names it and its year', () => {
    const page = readPage(siteDir, pagePath('en', figureSlug('two-ins-one-out.cross-border-volume')));
    expect(page.querySelector('section.cite[data-cite="figure"] .citation')?.text).toContain('Cross-border delivery volume, 2020');
  });

  test.each(pages.filter(([, slug]) => slug !== ''))('%s /%s: every chart cites its own anchor', (locale, slug) => {
    const page = readPage(siteDir, pagePath(locale, slug));
    for (const figure of page.querySelectorAll('figure.chart')) {
      const link = figure.querySelector('details.cite[data-cite="chart"] .citation a');
      expect(link?.getAttribute('href')).toBe(`${site}${pagePath(locale, slug)}#${figure.id}`);
    }
  });
});
