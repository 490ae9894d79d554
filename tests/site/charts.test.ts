import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { formatFigure } from '../../src/lib/format/format-figure.ts';
import { gzipSync } from 'node:zlib';
import { siteFiles } from '../../bench/page-scripts.mjs';
import { readPage, realContent } from '../helpers/site.ts';

/** Charts of the real report: the HTML figure must stand on its own, before any script runs. */
const siteDir = inject('siteDir');
const figures = new Map(realContent.figures().map((figure) => [figure.id, figure]));
const slugs = realContent.sectionSlugs('zh');
const chartsDir = path.resolve('content/charts');
const charts = fs.readdirSync(chartsDir).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  ...(yaml.load(fs.readFileSync(path.join(chartsDir, name), 'utf8')) as { section: string; type: string; figures: { figure: string }[] }),
}));

const chartsOn = (locale: 'zh' | 'en', slug: string) => readPage(siteDir, pagePath(locale, slug)).querySelectorAll('figure.chart');

describe('chart figures in the HTML', () => {
  test.each(locales)('%s: at least five sections carry a chart', (locale) => {
    expect(slugs.filter((slug) => chartsOn(locale, slug).length > 0).length).toBeGreaterThanOrEqual(5);
  });

  test.each(charts.map((chart) => [chart.id, chart] as const))(
    '%s: figure, caption, description, table, source and CSV in both languages',
    (id, chart) => {
      for (const locale of locales) {
        const figure = readPage(siteDir, pagePath(locale, chart.section)).getElementById(`chart-${id}`);
        expect(figure?.tagName, `${locale} page of ${chart.section}`).toBe('FIGURE');
        expect(figure?.querySelector('figcaption .number')?.text).toMatch(locale === 'zh' ? /^图\d+$/ : /^Figure \d+$/);
        expect(figure?.querySelector('figcaption .title')?.text.trim()).not.toBe('');
        expect(figure?.querySelector('.description')?.text.trim()).not.toBe('');
        const table = chart.type === 'table' ? 'table' : 'details[open] table';
        expect(figure?.querySelector(table), 'the table is open until a script draws the chart').not.toBeNull();
        const rows = figure?.querySelectorAll('tbody tr td data').map((cell) => [cell.getAttribute('data-figure'), cell.text.trim()]);
        expect(rows).toEqual(chart.figures.map(({ figure: figureId }) => [figureId, formatFigure(figures.get(figureId)!, locale)]));
        expect(figure?.querySelector('.source a')?.getAttribute('href')).toBe(`/data/charts/${id}.csv`);
        // A table has no canvas to draw; a plotted chart carries its data for <report-chart>.
        if (chart.type === 'table') expect(figure?.querySelector('report-chart')).toBeNull();
        else expect(figure?.querySelector('report-chart')?.getAttribute('data-chart')).toBeTruthy();
      }
    },
  );

  test('charts are numbered 1, 2, 3 ... in reading order, the same in both languages', () => {
    // Reading order: the home page's table of contents.
    const inOrder = readPage(siteDir, '/')
      .querySelectorAll('.contents a')
      .map((link) => (link.getAttribute('href') ?? '').replace(/\//g, ''));
    const numbers = (locale: 'zh' | 'en') =>
      inOrder.flatMap((slug) =>
        chartsOn(locale, slug).map((figure) => Number(figure.querySelector('figcaption .number')?.text.replace(/\D/g, ''))),
      );
    expect(numbers('zh')).toEqual(charts.map((_, index) => index + 1));
    expect(numbers('en')).toEqual(numbers('zh'));
  });

  test.each(charts.map((chart) => chart.id))('%s.csv: UTF-8 with BOM, one row per plotted figure, both languages', (id) => {
    const csv = fs.readFileSync(path.join(siteDir, 'data/charts', `${id}.csv`), 'utf8');
    expect(csv.startsWith('\uFEFFchart_label_zh,chart_label_en,id,')).toBe(true);
    const chart = charts.find((candidate) => candidate.id === id)!;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.length).toBe(chart.figures.length + 1);
    chart.figures.forEach(({ figure }, index) => expect(lines[index + 1]).toContain(`,${figure},`));
  });
});

describe('JavaScript budget', () => {
  const pages = [
    ...slugs.map((slug) => pagePath('zh', slug)),
    ...slugs.map((slug) => pagePath('en', slug)),
    '/',
    '/en/',
    '/data/',
    '/en/data/',
  ];

  test.each(pages)('%s: no JavaScript without a chart to draw; at most 60 KB gzip with one', (urlPath) => {
    const page = readPage(siteDir, urlPath);
    // The same measure as `npm run bench` (bench/page-weight.mjs).
    const files = [...siteFiles(siteDir).pageScripts(page, urlPath)];
    // A figure of type table is HTML only: its page ships no script.
    if (page.querySelectorAll('figure.chart report-chart').length === 0) {
      expect(files).toEqual([]);
      expect(page.querySelectorAll('script:not([type="application/ld+json"])')).toEqual([]);
    } else {
      expect(files.length).toBeGreaterThan(1);
      const gzipped = files.reduce((total, file) => total + gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
      expect(gzipped).toBeLessThanOrEqual(60 * 1024);
    }
  });
});
