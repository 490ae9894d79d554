import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticReport } from '../../bench/synthetic-report.mjs';
import { readFigureFiles } from '../../src/lib/content/read-figure-files.ts';
import { figureProblems } from '../../src/lib/content/validate-figure.ts';
import { chartSchema } from '../../src/schemas/chart.ts';
import yaml from 'js-yaml';

/* The build-scale benchmark's synthetic report must stay valid content, or `npm run bench` stops at its first build. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('its figures and charts pass the schemas that editors’ files pass', () => {
  writeSyntheticReport({ dir, count: 3, projectRoot: path.resolve('.') });
  const figures = readFigureFiles(path.join(dir, 'figures'));
  expect(figures.length).toBe(15);
  // The figures loader's own check: the schema, and the number as the source writes it.
  for (const record of figures) expect(figureProblems(record)).toBeUndefined();
  const charts = fs.readdirSync(path.join(dir, 'charts'));
  expect(charts.length).toBe(3);
  for (const name of charts) {
    const chart = yaml.load(fs.readFileSync(path.join(dir, 'charts', name), 'utf8'));
    expect(chartSchema.safeParse(chart).error?.issues ?? [], name).toEqual([]);
  }
});
