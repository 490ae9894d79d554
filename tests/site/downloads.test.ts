import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { figureRecordColumns } from '../../src/lib/dataset/figure-records.ts';
import { formatFigure, formatPeriod } from '../../src/lib/format/format-figure.ts';
import { readCsv } from '../helpers/csv.ts';
import { readPage, realContent } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const figures = realContent.figures();
/** The release every figure cites, read from content/sources.yaml here rather than through the site's code. */
const release = realContent.release();

describe('whole-dataset downloads', () => {
  test('figures.json holds every figure, with both languages and its source', () => {
    const { figures: records } = JSON.parse(fs.readFileSync(path.join(siteDir, 'figures.json'), 'utf8')) as {
      figures: Record<string, unknown>[];
    };
    expect(records.map((record) => record['id']).sort()).toEqual(figures.map((figure) => figure.id).sort());
    for (const figure of figures) {
      const record = records.find((candidate) => candidate['id'] === figure.id);
      expect(record).toMatchObject({
        value: figure.value,
        label_zh: figure.label.zh,
        label_en: figure.label.en,
        qualifier: figure.qualifier,
      });
      expect(String(record?.['source_zh']).startsWith(`${release.publisher.zh}：`), figure.id).toBe(true);
    }
  });

  test('figures.csv has a BOM, the header, and a row for every figure with its values in both languages', () => {
    const csv = fs.readFileSync(path.join(siteDir, 'figures.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(csv);
    expect(header).toEqual(figureRecordColumns);
    const byId = new Map(rows.map((row) => [row[0], Object.fromEntries(figureRecordColumns.map((column, index) => [column, row[index]]))]));
    expect([...byId.keys()].sort()).toEqual(figures.map((figure) => figure.id).sort());
    expect(rows.length).toBe(figures.length);
    for (const figure of figures) {
      expect(byId.get(figure.id), figure.id).toMatchObject({
        section: figure.section,
        value: String(figure.value),
        qualifier: figure.qualifier,
        label_zh: figure.label.zh,
        label_en: figure.label.en,
        // A threshold (period none) has no period to write: the text says what it is instead.
        text_zh: `${formatFigure(figure, 'zh')}（${figure.period === 'none' ? '分类标准，无统计时期' : formatPeriod(figure.period, 'zh')}）`,
        text_en: `${formatFigure(figure, 'en')} (${figure.period === 'none' ? 'a threshold, no period' : formatPeriod(figure.period, 'en')})`,
      });
      const date = release.date.toISOString().slice(0, 10);
      expect(byId.get(figure.id)?.['source_zh'], figure.id).toBe(`${release.publisher.zh}：《${release.title.zh}》（${date}）`);
      expect(byId.get(figure.id)?.['source_en'], figure.id).toBe(
        `${release.publisher.en}: ${release.title.zh} [“${release.title.en}”, this edition’s translation of the title] (${date})`,
      );
    }
    // Rows pinned literally, so that the expectations above do not only repeat the implementation,
    // are in other-report.test.ts: a fixture's values, which do not change with this report.
  });

  test.each(locales)('the %s data page links both downloads', (locale) => {
    const links = readPage(siteDir, pagePath(locale, 'data'))
      .querySelectorAll('.downloads a')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/figures.csv', '/figures.json']);
  });
});
