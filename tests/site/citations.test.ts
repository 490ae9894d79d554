import fs from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, inject, test } from 'vitest';
import { type Locale } from '../../src/i18n/locales.ts';
import { locales } from '../../src/i18n/publication-locales.ts';
import { figureSlug, pagePath } from '../../src/i18n/paths.ts';
import { readPage, realContent } from '../helpers/site.ts';

/*
 * The reference files are read back by Citation.js, an independent parser of BibTeX, RIS and
 * CSL-JSON. Every citation, in the files and on the pages, names the SPB's release as
 * content/sources.yaml does (author, its own title, date), at this edition's URL; the English
 * version is this site's translation and says so. The edition's own title is never the cited
 * work's title.
 */
const siteDir = inject('siteDir');
const site = 'https://postal-report.example.org';
const report = realContent.report();
const release = realContent.release();
/** A group author is named without the short form in brackets that a publisher's name may end with (APA 7 §9.11). */
const author: Partial<Record<Locale, string>> = { zh: release.publisher.zh, en: release.publisher.en.replace(/ \([^)]*\)$/u, '') };
const isoDate = release.date.toISOString().slice(0, 10);
const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
const englishDate = (style: 'apa' | 'footer') => {
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(release.date);
  return style === 'apa' ? `${year}, ${monthName} ${day}` : `${day} ${monthName} ${year}`;
};
const translationNote = `English translation in: ${report.title.en}`;
/** A group author may come back as a literal name or as a family name with no given name. */
const authorNames = (item: Record<string, unknown> | undefined) =>
  ((item?.['author'] ?? []) as { literal?: string; family?: string; given?: string }[]).map((name) =>
    name.given === undefined ? (name.literal ?? name.family) : undefined,
  );
const readFile = (locale: Locale, name: string) => fs.readFileSync(path.join(siteDir, pagePath(locale, 'cite'), name), 'utf8');

// Which release this report cites, and under what title, is content: tests/content/report-content.test.ts.

describe.each(locales)('the %s reference files', (locale) => {
  const expected = {
    issued: { 'date-parts': [[year, month, day]] },
    URL: `${site}${pagePath(locale, '')}`,
  };
  const translated = locale === 'zh' ? release.title.zh : `${release.title.zh} [${release.title[locale]}]`;

  test('report.bib parses back to the release, read in this edition', () => {
    const [item] = new Cite(readFile(locale, 'report.bib')).data;
    expect(item).toMatchObject({ ...expected, title: translated });
    expect(authorNames(item)).toEqual([author[locale]]);
    if (locale === 'zh') expect(item).not.toHaveProperty('note');
    else expect(item?.['note']).toBe(translationNote);
  });

  test('report.ris parses back to the release; the English version is in English, a translation of the original title, and says whose', () => {
    const [item] = new Cite(readFile(locale, 'report.ris')).data;
    expect(authorNames(item)).toEqual([author[locale]]);
    if (locale === 'zh') expect(item).toMatchObject({ ...expected, title: release.title.zh, language: 'zh-CN' });
    else {
      expect(item).toMatchObject({ ...expected, title: release.title[locale], 'original-title': release.title.zh, language: 'en' });
      expect(item?.['note']).toBe(translationNote);
    }
  });

  test('report.json is CSL-JSON that a processor reads', () => {
    const raw = JSON.parse(readFile(locale, 'report.json')) as unknown[];
    expect(raw).toHaveLength(1);
    const [item] = new Cite(raw).data;
    expect(item).toMatchObject({
      ...expected,
      type: 'webpage',
      title: translated,
      author: [{ literal: author[locale] }],
      language: locale === 'zh' ? 'zh-CN' : 'en',
    });
  });

  test('no file gives the edition’s own title as the cited work', () => {
    for (const name of ['report.bib', 'report.ris', 'report.json']) expect(readFile(locale, name)).not.toContain(report.title.zh);
  });
});

describe('“Cite this” on the pages', () => {
  const pages = locales.flatMap((locale) => ['', ...realContent.sectionSlugs(locale)].map((slug) => [locale, slug] as const));
  /** The citation every page gives, at its own address: the release, and on English pages whose translation the text is. */
  const expectCitation = (text: string, locale: Locale, url: string) => {
    if (locale === 'zh') {
      expect(text, text).toBe(`${author.zh}. ${release.title.zh}[EB/OL]. (${isoDate})[引用日期]. ${url}.`);
    } else {
      expect(text, text).toBe(
        `${author.en}. (${englishDate('apa')}). ${release.title.zh} [${release.title.en}] (English translation in ${report.title.en}). ${url}`,
      );
    }
  };

  test.each(pages)('%s /%s: the page’s citation in its language’s style, with its URL', (locale, slug) => {
    const page = readPage(siteDir, pagePath(locale, slug));
    const own = page.querySelector(`details.cite[data-cite="${slug === '' ? 'report' : 'section'}"] .citation`);
    expectCitation(own?.text ?? '', locale, `${site}${pagePath(locale, slug)}`);
    // The files it offers exist.
    for (const link of page.querySelectorAll('details.cite a[download]')) {
      expect(fs.existsSync(path.join(siteDir, link.getAttribute('href') ?? ''))).toBe(true);
    }
  });

  test('the footer names the release by its own publisher and title; the English title is given as this edition’s translation', () => {
    expect(readPage(siteDir, '/').querySelector('footer p')?.text).toContain(`资料来源：${release.publisher.zh}《${release.title.zh}》`);
    expect(readPage(siteDir, '/en/').querySelector('footer p')?.text).toContain(
      `Source: ${release.publisher.en}, “${release.title.en}” (this edition’s translation of the Chinese title), ${englishDate('footer')}.`,
    );
  });

  test('the style line ends with the stop of the page’s language', () => {
    expect(readPage(siteDir, '/').querySelector('details.cite .formats')?.text).toContain('著录格式：GB/T 7714-2015。下载');
    expect(readPage(siteDir, '/en/').querySelector('details.cite .formats')?.text).toContain('Style: APA 7. Download');
  });

  const figurePages = locales.flatMap((locale) => realContent.figures().map((figure) => [locale, figure] as const));

  test.each(figurePages.map(([locale, figure]) => [locale, figure.id, figure] as const))(
    '%s figure page of %s: names the release its number comes from, at the figure page’s URL',
    (locale, id, figure) => {
      expect(figure.source).toBe(report.source);
      const slug = figureSlug(id);
      const page = readPage(siteDir, pagePath(locale, slug));
      expectCitation(
        page.querySelector('section.cite[data-cite="figure"] .citation')?.text ?? '',
        locale,
        `${site}${pagePath(locale, slug)}`,
      );
    },
  );

  test.each(pages.filter(([, slug]) => slug !== ''))('%s /%s: every chart cites its own anchor', (locale, slug) => {
    const page = readPage(siteDir, pagePath(locale, slug));
    for (const figure of page.querySelectorAll('figure.chart')) {
      const citation = figure.querySelector('details.cite[data-cite="chart"] .citation');
      expect(citation?.querySelector('a')?.getAttribute('href')).toBe(`${site}${pagePath(locale, slug)}#${figure.id}`);
      expectCitation(citation?.text ?? '', locale, `${site}${pagePath(locale, slug)}#${figure.id}`);
    }
  });
});
