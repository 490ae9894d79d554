import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { figureRecordColumns } from '../../src/lib/dataset/figure-records.ts';
import { readPage, realContent } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const figures = realContent.figures();

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
      expect(record?.['source_zh']).toMatch(/^国家邮政局/);
    }
  });

  test('figures.csv has a BOM, the header, and one row per figure', () => {
    const csv = fs.readFileSync(path.join(siteDir, 'figures.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(figureRecordColumns.join(','));
    expect(lines.length).toBe(figures.length + 1);
  });

  test.each(locales)('the %s data page links both downloads', (locale) => {
    const links = readPage(siteDir, pagePath(locale, 'data'))
      .querySelectorAll('.downloads a')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/figures.csv', '/figures.json']);
  });
});
