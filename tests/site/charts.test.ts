import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import enUi from '../../src/i18n/ui/en.json';
import zhUi from '../../src/i18n/ui/zh.json';
import type { Locale } from '../../src/i18n/locales.ts';
import { locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { barLabel } from '../../src/lib/charts/bar-label.ts';
import { formatFigure } from '../../src/lib/format/format-figure.ts';
import { siteFiles } from '../../bench/page-scripts.mjs';
import { readCsv } from '../helpers/csv.ts';
import { pngSize } from '../helpers/png-size.ts';
import { readPage, realContent } from '../helpers/site.ts';

/** Charts of the real report: the HTML figure must stand on its own, before any script runs. */
const siteDir = inject('siteDir');
const figures = new Map(realContent.figures().map((figure) => [figure.id, figure]));
const slugs = realContent.sectionSlugs('zh');
const chartsDir = path.resolve('content/charts');
type Text = Record<Locale, string>;
interface ChartFile {
  section: string;
  type: string;
  title: Text;
  description: Text;
  valueAxis?: Text;
  categoryAxis?: Text;
  figures: { figure: string; label?: Text }[];
}
const charts = fs.readdirSync(chartsDir).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  ...(yaml.load(fs.readFileSync(path.join(chartsDir, name), 'utf8')) as ChartFile),
}));

/**
 * A chart text with its {figure-id} quotes replaced by the figures' values, as the page must show
 * it: `{id:number}` is the number alone ("of whom 96"), and a description is prose, where small
 * exact counts are written in words (formatFigure's unit tests pin both).
 */
const filled = (template: string, locale: Locale, context?: 'prose') =>
  template.replace(/\{([a-z0-9.-]+)(:number)?\}/g, (_, id: string, number?: string) =>
    formatFigure(figures.get(id)!, locale, {
      ...(context === undefined ? {} : { context }),
      ...(number === undefined ? {} : { form: 'number' }),
    }),
  );

const chartsOn = (locale: Locale, slug: string) => readPage(siteDir, pagePath(locale, slug)).querySelectorAll('figure.chart');

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
        expect(figure?.querySelector('figcaption .title')?.text.trim()).toBe(chart.title[locale]);
        const description = filled(chart.description[locale], locale, 'prose');
        expect(figure?.querySelector('.description')?.text.trim()).toBe(description);
        // A table-only figure shows its table; a plotted chart folds it under its summary, below the drawing.
        expect(figure?.querySelector(chart.type === 'table' ? 'table' : 'details:not([open]) table')).not.toBeNull();
        // A plotted chart's value axis names the unit, which heads the value column: its cells hold the
        // number (and qualifier) alone. A table's figures have units of their own, which each cell keeps.
        const form = chart.valueAxis === undefined ? 'full' : 'number';
        expect(figure?.querySelectorAll('thead th')[1]?.text.trim()).toBe(
          chart.valueAxis?.[locale] ?? (locale === 'zh' ? zhUi : enUi)['data.value'],
        );
        const rows = figure?.querySelectorAll('tbody tr td data').map((cell) => [cell.getAttribute('data-figure'), cell.text.trim()]);
        expect(rows).toEqual(
          chart.figures.map(({ figure: figureId }) => [figureId, formatFigure(figures.get(figureId)!, locale, { form })]),
        );
        expect(figure?.querySelector('.source a')?.getAttribute('href')).toBe(`/data/charts/${id}.csv`);
        const png = figure?.querySelector('.source a[href$=".png"]');
        if (chart.type === 'table') {
          expect(figure?.querySelector('svg, canvas, .chart-picture')).toBeNull();
          expect(png).toBeNull();
          continue;
        }
        expect(png?.getAttribute('href')).toBe(`/data/charts/${id}.${locale}.png`);
        expect(png?.hasAttribute('download')).toBe(true);
      }
    },
  );

  test('charts are numbered 1, 2, 3 ... in reading order, the same in both languages', () => {
    // Reading order: the home page's table of contents.
    const inOrder = readPage(siteDir, '/')
      .querySelectorAll('.contents a')
      .map((link) => (link.getAttribute('href') ?? '').replace(/\//g, ''));
    const numbers = (locale: Locale) =>
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
    const [, ...rows] = readCsv(csv);
    expect(rows.map((row) => row[2])).toEqual(chart.figures.map(({ figure }) => figure));
  });
});

const plotted = charts.filter((chart) => chart.type !== 'table');
/** Every page that shows a plotted chart: its section, the whole report, the side-by-side page and figure pages. */
const chartPages = [
  ...locales.flatMap((locale) => [...new Set(plotted.map((chart) => chart.section))].map((slug) => pagePath(locale, slug))),
  '/full/',
  '/en/full/',
  ...[...new Set(plotted.map((chart) => chart.section))].map((slug) => `/parallel/${slug}/`),
  ...plotted.flatMap((chart) => locales.map((locale) => pagePath(locale, `figures/${chart.figures[0]?.figure ?? ''}`))),
];
const removeSpaces = (text: string) => text.replace(/\s+/g, '');
/** A bar's extent along the value axis, from its path (a rectangle: M x y L x y L x y L x y Z). */
function barLength(d: string, horizontal: boolean): number {
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map(([n]) => Number(n));
  const along = numbers.filter((_, index) => index % 2 === (horizontal ? 0 : 1));
  return Math.max(...along) - Math.min(...along);
}

describe('charts drawn into the page at build time', () => {
  test.each(chartPages)('%s: every plotted chart is in the page as SVG, narrow and wide, before any script', (urlPath) => {
    const page = readPage(siteDir, urlPath);
    const figuresShown = page.querySelectorAll('figure.chart').filter((figure) => figure.querySelector('.chart-picture') !== null);
    expect(figuresShown.length).toBeGreaterThan(0);
    for (const figure of figuresShown) {
      const id = figure.getAttribute('id')?.replace(/^(?:en-|zh-)?chart-/, '') ?? '';
      const chart = plotted.find((candidate) => candidate.id === id)!;
      // The side-by-side page shows both languages: each chart in the language of its column.
      const locale = figure.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'zh';
      const shown = chart.figures.map(({ figure: figureId, label }) => ({
        figure: figures.get(figureId)!,
        label: filled((label ?? figures.get(figureId)!.label)[locale], locale),
      }));
      const svgs = figure.querySelectorAll('.chart-picture > svg');
      expect(svgs.map((svg) => svg.getAttribute('class'))).toEqual(['chart-svg chart-svg-narrow', 'chart-svg chart-svg-wide']);
      for (const svg of svgs) {
        const where = `${urlPath} ${id} ${svg.getAttribute('class')}`;
        // Met once by a screen reader: as the table.
        expect(svg.getAttribute('aria-hidden'), where).toBe('true');
        expect(svg.getAttribute('lang'), where).toBe(locale === 'zh' ? 'zh-CN' : 'en');
        // One bar per value, each as long as its value on one scale (within a pixel: Chart.js aligns bar ends to pixels).
        const lengths = svg
          .querySelectorAll('path.chart-bar')
          .map((bar) => barLength(bar.getAttribute('d') ?? '', chart.type === 'horizontal-bar'));
        expect(lengths, where).toHaveLength(shown.length);
        const longest = Math.max(...shown.map(({ figure: plottedFigure }) => plottedFigure.value));
        const scale = Math.max(...lengths) / longest;
        shown.forEach(({ figure: plottedFigure }, index) =>
          expect(Math.abs((lengths[index] ?? 0) - plottedFigure.value * scale), where).toBeLessThan(1),
        );
        // Every value and category label, and the axis titles, as text in the chart's language.
        const texts = svg.querySelectorAll('text').map((text) => text.text);
        for (const { figure: plottedFigure } of shown) expect(texts, where).toContain(barLabel(plottedFigure, locale));
        const allText = removeSpaces(texts.join(''));
        for (const { label } of shown) expect(allText, where).toContain(removeSpaces(label));
        expect(texts, where).toContain(chart.valueAxis?.[locale]);
        if (chart.categoryAxis !== undefined) expect(texts, where).toContain(chart.categoryAxis[locale]);
      }
    }
  });

  test.each(plotted.flatMap((chart) => locales.map((locale) => [`${chart.id}.${locale}.png`] as const)))(
    '%s: a static PNG at 2×',
    (name) => {
      const file = path.join(siteDir, 'data/charts', name);
      // The wide chart (640 px) with a margin of 24 px each side, twice over.
      expect(pngSize(fs.readFileSync(file)).width).toBe(2 * (640 + 2 * 24));
    },
  );
});

describe('JavaScript', () => {
  const pages = [
    ...slugs.map((slug) => pagePath('zh', slug)),
    ...slugs.map((slug) => pagePath('en', slug)),
    // Figure pages are left out: their copy buttons bring a script of their own (tests/site/reader-aids.test.ts).
    ...chartPages.filter((urlPath) => !urlPath.includes('/figures/')),
    '/',
    '/en/',
  ];
  const gzippedSize = (files: readonly string[]) =>
    files.reduce((total, file) => total + gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);

  test.each([...new Set(pages)])('%s: none, with or without a chart', (urlPath) => {
    const page = readPage(siteDir, urlPath);
    // The same measure as `npm run bench` (bench/page-weight.mjs).
    expect([...siteFiles(siteDir).pageScripts(page, urlPath)]).toEqual([]);
    expect(page.querySelectorAll('script:not([type="application/ld+json"])')).toEqual([]);
  });

  test.each(['/data/', '/en/data/'])('%s: one small script file of its own, for the table’s filters and sorting', (urlPath) => {
    const page = readPage(siteDir, urlPath);
    const files = [...siteFiles(siteDir).pageScripts(page, urlPath)];
    expect(files).toHaveLength(1);
    expect(gzippedSize(files)).toBeLessThanOrEqual(2 * 1024);
    // A file, not inline code (the Content-Security-Policy allows no inline script), and no chart code.
    const scripts = page.querySelectorAll('script:not([type="application/ld+json"])');
    expect(scripts.map((script) => [script.getAttribute('type'), script.text.trim()])).toEqual([['module', '']]);
    expect(fs.readFileSync(files[0]!, 'utf8')).not.toMatch(/Chart|canvas/);
  });
});
