import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import enUi from '../../src/i18n/ui/en.json';
import zhUi from '../../src/i18n/ui/zh.json';
import { barLabel } from '../../src/lib/charts/bar-label.ts';
import { formatFigure } from '../../src/lib/format/format-figure.ts';
import { gzipSync } from 'node:zlib';
import { siteFiles } from '../../bench/page-scripts.mjs';
import { parseCsv } from '../helpers/csv.ts';
import { readPage, realContent } from '../helpers/site.ts';

/** Charts of the real report: the HTML figure must stand on its own, before any script runs. */
const siteDir = inject('siteDir');
const figures = new Map(realContent.figures().map((figure) => [figure.id, figure]));
const slugs = realContent.sectionSlugs('zh');
const chartsDir = path.resolve('content/charts');
type Text = Record<'zh' | 'en', string>;
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
const filled = (template: string, locale: 'zh' | 'en', context?: 'prose') =>
  template.replace(/\{([a-z0-9.-]+)(:number)?\}/g, (_, id: string, number?: string) =>
    formatFigure(figures.get(id)!, locale, {
      ...(context === undefined ? {} : { context }),
      ...(number === undefined ? {} : { form: 'number' }),
    }),
  );

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
        expect(figure?.querySelector('figcaption .title')?.text.trim()).toBe(chart.title[locale]);
        const description = filled(chart.description[locale], locale, 'prose');
        expect(figure?.querySelector('.description')?.text.trim()).toBe(description);
        const table = chart.type === 'table' ? 'table' : 'details[open] table';
        expect(figure?.querySelector(table), 'the table is open until a script draws the chart').not.toBeNull();
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
        // A table has no canvas to draw; a plotted chart carries its data for <report-chart>: the same
        // chart type, labels and values as the YAML and the figures.
        if (chart.type === 'table') {
          expect(figure?.querySelector('report-chart')).toBeNull();
          continue;
        }
        const plotted = chart.figures.map(({ figure: figureId, label }) => ({ figureId, label, figure: figures.get(figureId)! }));
        expect(JSON.parse(figure?.querySelector('report-chart')?.getAttribute('data-chart') ?? 'null')).toEqual({
          id,
          locale,
          type: chart.type,
          label: `${chart.title[locale]}${locale === 'zh' ? '。' : '. '}${description}`,
          valueAxis: chart.valueAxis?.[locale] ?? '',
          ...(chart.categoryAxis === undefined ? {} : { categoryAxis: chart.categoryAxis[locale] }),
          labels: plotted.map(({ label, figure: shown }) => filled((label ?? shown.label)[locale], locale)),
          values: plotted.map(({ figure: shown }) => shown.value),
          texts: plotted.map(({ figure: shown }) => formatFigure(shown, locale)),
          barLabels: plotted.map(({ figure: shown }) => barLabel(shown, locale)),
          pngLabel: (locale === 'zh' ? zhUi : enUi)['chart.png'],
        });
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
    const [, ...rows] = parseCsv(csv);
    expect(rows.map((row) => row[2])).toEqual(chart.figures.map(({ figure }) => figure));
  });
});

describe('JavaScript budget', () => {
  const pages = [...slugs.map((slug) => pagePath('zh', slug)), ...slugs.map((slug) => pagePath('en', slug)), '/', '/en/'];
  const gzippedSize = (files: readonly string[]) =>
    files.reduce((total, file) => total + gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);

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
      expect(gzippedSize(files)).toBeLessThanOrEqual(60 * 1024);
    }
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
