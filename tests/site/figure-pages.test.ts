import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { pageExists, readPage, realContent } from '../helpers/site.ts';

/*
 * Every figure has a page of its own in each language, and every place that shows a figure (a
 * <Stat> in a sentence, a key-figure card, a row of the data page) links to it.
 */
const siteDir = inject('siteDir');
const site = 'https://postal-report.example.org';
const figures = realContent.figures();
const languages = [
  { locale: 'zh', prefix: '' },
  { locale: 'en', prefix: '/en' },
] as const;
const figurePath = (prefix: string, id: string) => `${prefix}/figures/${id}/`;
const plainText = (text: string) => text.replace(/\s+/gu, ' ').trim();
/** A paragraph's words as the section wrote them: without the Chinese original an English page adds after a term. */
function proseOf(paragraph: HTMLElement | undefined): string {
  if (paragraph === undefined) return '';
  for (const original of paragraph.querySelectorAll('span[lang="zh-CN"]')) original.remove();
  return plainText(paragraph.text.replace(/ \(\)/gu, '').replace(/; \)/gu, ')'));
}
const jsonLdOf = (urlPath: string) =>
  readPage(siteDir, urlPath)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

test('each figure has its two pages, titled with its label and showing its value', () => {
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) {
    for (const { locale, prefix } of languages) {
      const urlPath = figurePath(prefix, figure.id);
      expect(pageExists(siteDir, urlPath), urlPath).toBe(true);
      const root = readPage(siteDir, urlPath);
      expect(root.querySelector('h1')?.text, urlPath).toContain(figure.label[locale]);
      const value = root.querySelector('.figure-page .value data');
      expect(value?.getAttribute('data-figure'), urlPath).toBe(figure.id);
      expect(value?.getAttribute('value'), urlPath).toBe(String(figure.value));
    }
  }
});

// The title states the answer: discovery.test.ts checks every figure page's title against
// figureTitle; other-report.test.ts and tests/content/report-content.test.ts pin examples of it.

test('the qualifier is spelt out', () => {
  const over = figures.find((figure) => figure.qualifier === 'over');
  expect(over).toBeDefined();
  const text = (prefix: string) => readPage(siteDir, figurePath(prefix, over?.id ?? '')).querySelector('dl')?.text ?? '';
  expect(text('')).toContain('超过（余）：实际数值多于所列数值');
  expect(text('/en')).toContain('more than: the true number exceeds the one given');
});

test('a figure the source gives without a qualifier is labelled so, never “exact”, on its page and in the downloads', () => {
  const unqualified = figures.filter((figure) => figure.qualifier === 'none');
  // The report has such figures (tests/content/report-content.test.ts), so this test checks some.
  expect(unqualified.length).toBeGreaterThan(0);
  const csv = fs.readFileSync(path.join(siteDir, 'figures.csv'), 'utf8');
  const json = fs.readFileSync(path.join(siteDir, 'figures.json'), 'utf8');
  for (const text of [csv, json]) expect(text).not.toMatch(/\bexact\b|确数/u);
  for (const figure of unqualified) {
    const qualifierOf = (prefix: string) => {
      const terms = readPage(siteDir, figurePath(prefix, figure.id)).querySelectorAll('dl > *');
      const index = terms.findIndex((term) => term.tagName === 'DT' && ['限定', 'Qualifier'].includes(term.text));
      return terms[index + 1]?.text ?? '';
    };
    expect(qualifierOf(''), figure.id).toBe('原文无限定词');
    expect(qualifierOf('/en'), figure.id).toBe('as stated, no qualifier');
    expect(fs.readFileSync(path.join(siteDir, `data/figures/${figure.id}.csv`), 'utf8'), figure.id).toContain(`,none,`);
  }
});

describe.each(languages)('links to figure pages ($locale)', ({ prefix }) => {
  const pagesWithFigures = [
    ...realContent.sectionSlugs('zh').map((slug) => `${prefix}/${slug}/`),
    `${prefix}/`,
    `${prefix}/data/`,
    ...figures.map((figure) => figurePath(prefix, figure.id)),
  ];

  test('every <Stat>, key-figure card and data-page row links to its figure’s page', () => {
    const inProse = realContent
      .sectionSlugs('zh')
      .flatMap((slug) => readPage(siteDir, `${prefix}/${slug}/`).querySelectorAll('article data[data-figure]'));
    const cards = readPage(siteDir, `${prefix}/`).querySelectorAll('.key-figures data[data-figure]');
    const rows = readPage(siteDir, `${prefix}/data/`).querySelectorAll('tbody data[data-figure]');
    expect(cards.length).toBe(realContent.report().keyFigures.length);
    expect(rows.length).toBe(figures.length);
    // Chart texts and tables show figures too, but only prose, cards and rows are asked to link.
    const stats = inProse.filter((element) => element.parentNode.classList.contains('stat'));
    expect(stats.length).toBeGreaterThan(40);
    for (const element of [...stats, ...cards, ...rows]) {
      const link = element.parentNode;
      expect(link.tagName, element.toString()).toBe('A');
      expect(link.getAttribute('href')).toBe(figurePath(prefix, element.getAttribute('data-figure') ?? ''));
    }
  });

  test('every link to a figure page leads to a page that shows that figure, and is named by the figure’s text', () => {
    let links = 0;
    for (const urlPath of pagesWithFigures) {
      for (const link of readPage(siteDir, urlPath).querySelectorAll('a[href*="/figures/"]')) {
        const data = link.querySelector('data[data-figure]');
        if (data === null) continue;
        links += 1;
        const href = link.getAttribute('href') ?? '';
        expect(pageExists(siteDir, href), `${urlPath} → ${href}`).toBe(true);
        const shown = readPage(siteDir, href).querySelector('.figure-page .value data');
        expect(shown?.getAttribute('data-figure'), `${urlPath} → ${href}`).toBe(data.getAttribute('data-figure'));
        // The same value; prose may write a small count in words (“six”) where the figure page has digits.
        expect(shown?.getAttribute('value')).toBe(data.getAttribute('value'));
        // The accessible name is the link's text: no aria-label or title replaces it. It is the
        // figure's text; a key-figure card is one link, so its name goes on with the label and the hint.
        if (link.classList.contains('card')) expect(link.text.trim().startsWith(data.text.trim())).toBe(true);
        else expect(link.text.trim()).toBe(data.text.trim());
        expect(link.hasAttribute('aria-label') || link.hasAttribute('title')).toBe(false);
      }
    }
    expect(links).toBeGreaterThan(figures.length * 2);
  });

  test('a figure page quotes the sentence that states it and links to its place in the section', () => {
    for (const figure of figures) {
      const root = readPage(siteDir, figurePath(prefix, figure.id));
      const quote = root.querySelector('blockquote');
      expect(quote, figure.id).not.toBeNull();
      expect(quote?.querySelectorAll('data').map((data) => data.getAttribute('data-figure'))).toContain(figure.id);
      const [sectionPath = '', anchor = ''] = (quote?.getAttribute('cite') ?? '').split('#');
      expect(sectionPath).toBe(`${prefix}/${figure.section}/`);
      const target = readPage(siteDir, sectionPath).getElementById(anchor);
      expect(target?.querySelector('data')?.getAttribute('data-figure'), `${sectionPath}#${anchor}`).toBe(figure.id);
      expect(root.querySelector(`figcaption a[href="${sectionPath}#${anchor}"]`), figure.id).not.toBeNull();
      // The quote is a whole sentence of the paragraph it links to, in the section the page names:
      // a sentence of the overview that repeats the figure would pass the checks above.
      const paragraph = target?.closest('p');
      expect(paragraph, `${sectionPath}#${anchor}`).toBeTruthy();
      const quoted = plainText(quote?.text ?? '');
      expect(quoted, figure.id).toMatch(/[。.]$/u);
      // One sentence, not the next one too.
      expect(quoted.slice(0, -1), figure.id).not.toMatch(/[。！？]|[.!?] [A-Z“]/u);
      expect(proseOf(paragraph?.clone() as HTMLElement | undefined), figure.id).toContain(quoted);
    }
  });

  test('a figure page lists the other figures of its section, and shows the chart it appears in', () => {
    // The report's first chart (content/charts/<id>.yaml) and the first figure it plots.
    const [chartFile = ''] = fs
      .readdirSync(path.resolve('content/charts'))
      .filter((file) => file.endsWith('.yaml'))
      .sort();
    const chart = yaml.load(fs.readFileSync(path.resolve('content/charts', chartFile), 'utf8')) as { figures: { figure: string }[] };
    const figure = figures.find((candidate) => candidate.id === chart.figures[0]?.figure);
    expect(figure).toBeDefined();
    const root = readPage(siteDir, figurePath(prefix, figure?.id ?? ''));
    const related = root.querySelectorAll('.related data').map((data) => data.getAttribute('data-figure'));
    const sameSection = figures.filter((other) => other.section === figure?.section && other.id !== figure.id).map((other) => other.id);
    expect([...related].sort()).toEqual([...sameSection].sort());
    expect(root.querySelector(`figure.chart#chart-${chartFile.replace(/\.yaml$/, '')} tbody`)).not.toBeNull();
  });

  test('a figure page offers its own CSV and JSON row', () => {
    for (const figure of figures) {
      const root = readPage(siteDir, figurePath(prefix, figure.id));
      const downloads = root.querySelectorAll('a[download]').map((link) => link.getAttribute('href') ?? '');
      expect(downloads).toContain(`/data/figures/${figure.id}.csv`);
      expect(downloads).toContain(`/data/figures/${figure.id}.json`);
      const json = JSON.parse(fs.readFileSync(path.join(siteDir, `data/figures/${figure.id}.json`), 'utf8')) as {
        figure: { id: string; value: number };
      };
      expect(json.figure).toMatchObject({ id: figure.id, value: figure.value });
      const csv = fs
        .readFileSync(path.join(siteDir, `data/figures/${figure.id}.csv`), 'utf8')
        .trim()
        .split('\r\n');
      expect(csv.length).toBe(2);
      expect(csv[1]?.startsWith(`${figure.id},${figure.section},${figure.value},`)).toBe(true);
    }
  });
});

describe.each(languages)('structured data of figure pages ($locale)', ({ locale, prefix }) => {
  const other = languages.find((language) => language.locale !== locale) ?? languages[0];

  test('a Dataset of one PropertyValue, part of the report’s dataset, linked to its translation', () => {
    for (const figure of figures) {
      const [dataset] = jsonLdOf(figurePath(prefix, figure.id));
      const bounds =
        figure.qualifier === 'over' || figure.qualifier === 'at-least'
          ? { minValue: figure.value }
          : figure.qualifier === 'nearly'
            ? { maxValue: figure.value }
            : {};
      expect(dataset, figure.id).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        url: `${site}${figurePath(prefix, figure.id)}`,
        variableMeasured: { '@type': 'PropertyValue', name: figure.label[locale], value: figure.value, ...bounds },
        isPartOf: { '@type': 'Dataset', '@id': `${site}${prefix}/data/` },
        workTranslation: [{ '@type': 'Dataset', url: `${site}${figurePath(other.prefix, figure.id)}` }],
      });
      // A threshold covers no time; a year's result its year; a total the day it was counted.
      const period = figure.period;
      if (period === 'none') expect(dataset, figure.id).not.toHaveProperty('temporalCoverage');
      else expect(dataset?.['temporalCoverage'], figure.id).toBe(typeof period === 'number' ? String(period) : `${period.endOf}-12-31`);
      const variable = dataset?.['variableMeasured'] as Record<string, unknown>;
      expect(typeof variable['unitText'], figure.id).toBe('string');
      if (figure.qualifier !== 'over' && figure.qualifier !== 'at-least') expect(variable).not.toHaveProperty('minValue');
      if (figure.qualifier !== 'nearly') expect(variable).not.toHaveProperty('maxValue');
    }
  });

  test('the data set it is part of is the data page’s Dataset', () => {
    const [data] = jsonLdOf(`${prefix}/data/`);
    expect(data?.['@id']).toBe(`${site}${prefix}/data/`);
  });
});
