import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import type { Locale } from '../../src/i18n/locales.ts';
import { defaultLocale, locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { pagePaths } from '../../src/lib/hosting/site-files.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { readPage } from './site.ts';

/*
 * What the browser tests take as inputs from the report they run against, so that none of them
 * names this report's pages, figures or words: a section with a chart, a figure, a glossary term, a
 * search word. Read from the built site alone (its pages and figures.json), so that they fit
 * whichever report was built there. Each throws, naming what it looked for, when the report has
 * none: a test is then not run on an empty list.
 */

/** A figure as the site's figures.json gives it: its id, its section and its label in each language. */
export interface SampleFigure {
  id: string;
  section: string;
  label: Record<Locale, string>;
}

function first<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new Error(`The built site has no ${what}: the browser tests need one.`);
  return item;
}

/** The text a page gives Pagefind to index: its `data-pagefind-body`, without what it marks `data-pagefind-ignore`, scripts and styles. */
function indexedText(page: HTMLElement): string | undefined {
  const body = page.querySelector('[data-pagefind-body]');
  if (body === null) return undefined;
  const copy = body.clone() as HTMLElement;
  for (const ignored of copy.querySelectorAll('[data-pagefind-ignore], script, style')) ignored.remove();
  return copy.text;
}

/** A text's words to try, in order: English words of five letters or more, and runs of four Chinese characters. */
function candidateWords(text: string): string[] {
  const latin = [...text.matchAll(/\p{L}{5,}/gu)].map((match) => match[0]).filter((word) => !/\p{Script=Han}/u.test(word));
  const han = [...text.matchAll(/\p{Script=Han}{4,}/gu)].flatMap(([run]) =>
    Array.from({ length: run.length - 3 }, (_, index) => run.slice(index, index + 4)),
  );
  return [...latin, ...han];
}

export function siteSamples(siteDir: string) {
  /** Whether a page path belongs to a locale's version: the longest matching prefix wins (`/en/` over `/`). */
  const localeOf = (urlPath: string): Locale =>
    [...locales]
      .sort((a, b) => pagePath(b, '').length - pagePath(a, '').length)
      .find((locale) => urlPath.startsWith(pagePath(locale, ''))) ?? defaultLocale;

  const samples = {
    /** The sections' slugs in reading order, as the home page's contents list them. */
    sectionSlugs(locale: Locale): string[] {
      return readPage(siteDir, pagePath(locale, ''))
        .querySelectorAll('.contents a')
        .map((link) => (link.getAttribute('href') ?? '').split('/').filter(Boolean).pop() ?? '');
    },
    /** The sections whose page shows a chart drawing, in reading order. */
    chartSections(locale: Locale): string[] {
      return samples
        .sectionSlugs(locale)
        .filter((slug) => readPage(siteDir, pagePath(locale, slug)).querySelector('figure.chart .chart-picture') !== null);
    },
    /** The first section with a chart. */
    chartSection(locale: Locale): string {
      return first(samples.chartSections(locale), `section page with a chart in ${locale}`);
    },
    /** The first section whose wide drawing has bars (a bar chart, not a line). */
    barChartSection(locale: Locale): string {
      const slugs = samples
        .chartSections(locale)
        .filter((slug) => readPage(siteDir, pagePath(locale, slug)).querySelector('.chart-svg-wide .chart-bar') !== null);
      return first(slugs, `section page with a bar chart in ${locale}`);
    },
    /** The first section whose text marks a glossary term (in a translation, followed by its original). */
    termSection(locale: Locale): string {
      const slugs = samples
        .sectionSlugs(locale)
        .filter((slug) => readPage(siteDir, pagePath(locale, slug)).querySelector('article .term-link') !== null);
      return first(slugs, `section page that marks a term in ${locale}`);
    },
    /**
     * The section whose page has the widest table: the one with the longest row of text, which
     * wraps or stacks first as the window narrows.
     */
    widestTableSection(locale: Locale): string {
      const longestRow = (slug: string) =>
        Math.max(
          0,
          ...readPage(siteDir, pagePath(locale, slug))
            .querySelectorAll('main table tr')
            .map((row) => row.text.trim().length),
        );
      const slugs = samples.sectionSlugs(locale).filter((slug) => longestRow(slug) > 0);
      return first(
        [...slugs].sort((a, b) => longestRow(b) - longestRow(a)),
        `section page with a table in ${locale}`,
      );
    },
    /** The section with the chart table of the most rows. */
    longestChartTableSection(locale: Locale): string {
      const rows = (slug: string) =>
        Math.max(
          0,
          ...readPage(siteDir, pagePath(locale, slug))
            .querySelectorAll('figure.chart table')
            .map((table) => table.querySelectorAll('tbody tr').length),
        );
      const slugs = samples.sectionSlugs(locale).filter((slug) => rows(slug) > 0);
      return first(
        [...slugs].sort((a, b) => rows(b) - rows(a)),
        `section page with a chart table in ${locale}`,
      );
    },
    /** The section whose text has the most statistics (<Stat>). */
    statSection(locale: Locale): string {
      const stats = (slug: string) => readPage(siteDir, pagePath(locale, slug)).querySelectorAll('article a.stat').length;
      const slugs = samples.sectionSlugs(locale).filter((slug) => stats(slug) > 0);
      return first(
        [...slugs].sort((a, b) => stats(b) - stats(a)),
        `section page with a statistic in ${locale}`,
      );
    },
    /**
     * For the data page's filters: the section with the most figures, and a word of its first
     * figure's label that some of its rows hold and some do not (an English word of four letters or
     * more, in lower case; two Chinese characters).
     */
    dataFilter(locale: Locale): { section: string; word: string } {
      const rows = readPage(siteDir, pagePath(locale, 'data'))
        .querySelectorAll('tbody tr')
        .map((row) => ({ section: row.getAttribute('data-section') ?? '', text: row.text.toLowerCase() }));
      const figures = samples.figures();
      const count = (section: string) => figures.filter((figure) => figure.section === section).length;
      const section = first(
        [...new Set(figures.map((figure) => figure.section))].sort((a, b) => count(b) - count(a)),
        'figure in figures.json',
      );
      const own = rows.filter((row) => row.section === section);
      const label = (figures.find((figure) => figure.section === section)?.label[locale] ?? '').toLowerCase();
      const words = [
        ...[...label.matchAll(/\p{L}{4,}/gu)].map((match) => match[0]).filter((word) => !/\p{Script=Han}/u.test(word)),
        ...Array.from({ length: Math.max(0, label.length - 1) }, (_, index) => label.slice(index, index + 2)).filter((pair) =>
          /^\p{Script=Han}{2}$/u.test(pair),
        ),
      ];
      const holding = (word: string) => own.filter((row) => row.text.includes(word)).length;
      const word = first(
        words.filter((candidate) => holding(candidate) > 0 && holding(candidate) < own.length),
        `word in ${locale} that some rows of section "${section}" on the data page hold and some do not`,
      );
      return { section, word };
    },
    /** Every figure of figures.json, in its order. */
    figures(): SampleFigure[] {
      const { figures } = JSON.parse(fs.readFileSync(path.join(siteDir, 'figures.json'), 'utf8')) as {
        figures: Record<string, string>[];
      };
      return figures.map((record) => ({
        id: record['id'] ?? '',
        section: record['section'] ?? '',
        label: Object.fromEntries(locales.map((locale) => [locale, record[`label_${locale}`] ?? ''])) as Record<Locale, string>,
      }));
    },
    /** The first figure: its page is a figure page like any other. */
    figure(): SampleFigure {
      return first(samples.figures(), 'figure in figures.json');
    },
    /** The key figures, as the home page shows them. */
    keyFigures(): SampleFigure[] {
      const ids = readPage(siteDir, pagePath(defaultLocale, ''))
        .querySelectorAll('.key-figures data[data-figure]')
        .map((data) => data.getAttribute('data-figure'));
      const figures = samples.figures();
      return ids.map((id) =>
        first(
          figures.filter((figure) => figure.id === id),
          `figure "${id ?? ''}" in figures.json`,
        ),
      );
    },
    /** The glossary's terms in a language, as its page lists them. */
    glossaryTerms(locale: Locale): string[] {
      return readPage(siteDir, pagePath(locale, 'glossary'))
        .querySelectorAll('.jump-list a')
        .map((link) => link.text.trim());
    },
    /**
     * The report's search examples (report.yaml's searchExamples), one word or phrase each, as the
     * search page's description quotes them: a list in the language's own way (快递进村、智能快件箱;
     * parcel lockers or couriers).
     */
    searchWords(locale: Locale): string[] {
      const description =
        readPage(siteDir, pagePath(locale, 'search')).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      const marker = '\u0000';
      const [before = '', after = ''] = useTranslations(locale)('search.description', { examples: marker }).split(marker);
      const quoted =
        description.startsWith(before) && description.endsWith(after)
          ? description.slice(before.length, description.length - after.length)
          : '';
      const words = quoted
        .split(/、|，|,|\s+or\s+|\s+and\s+|或|和/)
        .map((word) => word.trim())
        .filter((word) => word !== '');
      return [first(words, `search example in the ${locale} search page's description`), ...words.slice(1)];
    },
    /** The first search word. */
    searchWord(locale: Locale): string {
      return first(samples.searchWords(locale), `search example in ${locale}`);
    },
    /** The section pages (in reading order) whose indexed text holds `text`: where the search must find it. */
    sectionsHolding(locale: Locale, text: string): string[] {
      const pages = samples
        .sectionSlugs(locale)
        .map((slug) => pagePath(locale, slug))
        .filter((urlPath) => indexedText(readPage(siteDir, urlPath))?.toLowerCase().includes(text.toLowerCase()) === true);
      first(pages, `section page in ${locale} holding "${text}"`);
      return pages;
    },
    /** The pages of a language that Pagefind indexes, with their indexed text. */
    indexedPages(locale: Locale): { urlPath: string; text: string }[] {
      return pagePaths(siteDir)
        .filter((urlPath) => localeOf(urlPath) === locale)
        .map((urlPath) => ({ urlPath, text: indexedText(readPage(siteDir, urlPath)) }))
        .filter((page): page is { urlPath: string; text: string } => page.text !== undefined);
    },
    /**
     * A word of one section's sentences that no other indexed page holds, nor any word that starts the
     * same way (Pagefind matches a query's last word as a prefix, and stems English words): the
     * search must find it on that section's page alone. Chinese has no spaces: four characters of
     * which no way of cutting them in two (as Pagefind's segmenter might) leaves both parts elsewhere.
     */
    wordOfOneSection(locale: Locale): { word: string; urlPath: string } {
      const pages = samples.indexedPages(locale).map((page) => ({ ...page, text: page.text.toLowerCase() }));
      for (const slug of samples.sectionSlugs(locale)) {
        const urlPath = pagePath(locale, slug);
        const others = pages.filter((page) => page.urlPath !== urlPath);
        const elsewhere = (part: string) => others.some((page) => page.text.includes(part));
        const prose = readPage(siteDir, urlPath)
          .querySelectorAll('article > p:not(.side-by-side)')
          .map((paragraph) => paragraph.text.toLowerCase())
          .join('\n');
        for (const word of candidateWords(prose)) {
          const unique = /\p{Script=Han}/u.test(word)
            ? [1, 2, 3].every((cut) => !elsewhere(word.slice(0, cut)) || !elsewhere(word.slice(cut)))
            : !elsewhere(word.slice(0, 6));
          if (unique) return { word, urlPath };
        }
      }
      throw new Error(`No section page in ${locale} holds a word that no other page holds: the search test needs one.`);
    },
    /** The address the site is built for, as its home page's canonical link gives it (https://example.org). */
    origin(): string {
      const canonical = readPage(siteDir, pagePath(defaultLocale, '')).querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical === undefined) throw new Error('The built home page has no canonical link.');
      return new URL(canonical).origin;
    },
  };
  return samples;
}
