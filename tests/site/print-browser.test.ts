import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { readPage } from '../helpers/site.ts';

/*
 * The whole report printed to PDF by Chromium straight after it loads, as a reader who opens it and
 * prints from the browser's menu: every chart is in the page already (drawn at build time as SVG),
 * so every chart must be in the PDF, as vectors and text. pdftotext and pdfimages (poppler-utils)
 * read the PDF; -raw keeps each drawn label in one piece.
 */
const siteDir = inject('siteDir');
const served = useServedSite(siteDir);
/** pdftotext breaks lines where the page did: compare texts without any whitespace. */
const normalise = (text: string) => text.replace(/\s+/g, '');

describe.each(locales)('%s whole report', (locale) => {
  const urlPath = pagePath(locale, 'full');

  test('holds every section in order and every chart, numbered', () => {
    const page = readPage(siteDir, urlPath);
    const home = readPage(siteDir, pagePath(locale, ''));
    const sectionLinks = home.querySelectorAll('.contents a').map((link) => link.getAttribute('href')?.split('/').filter(Boolean).pop());
    expect(page.querySelectorAll('section.report-section').map((section) => section.id)).toEqual(
      sectionLinks.map((slug) => `section-${slug}`),
    );
    const numbers = page.querySelectorAll('figure.chart .number').map((number) => number.text.replace(/\D/g, ''));
    expect(numbers).toEqual(numbers.map((_, index) => String(index + 1)));
    expect(numbers.length).toBeGreaterThan(0);
  });

  test('printed straight after loading, every chart is in the PDF: its labels as text, its shapes as vectors', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${served.server.url}${urlPath}`);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-'));
      const printToText = async (name: string) => {
        const file = path.join(dir, name);
        await page.pdf({ path: file, format: 'A4' });
        return { file, text: normalise(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })) };
      };
      const printed = await printToText('full.pdf');
      // No bitmap in the PDF: the page has no image, and the charts print as shapes.
      const images = execFileSync('pdfimages', ['-list', printed.file], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '');
      expect(await page.locator('img').count()).toBe(0);
      expect(images).toEqual([]);

      // The labels of the drawings printed (one per chart, the wide one on paper). The same words may
      // also be in the prose, so each must occur more often in the PDF than in a PDF of the page
      // without the drawings.
      await page.emulateMedia({ media: 'print' });
      const drawings = page.locator('.chart-picture > svg:visible');
      const total = await page.locator('figure.chart .chart-picture').count();
      expect(await drawings.count()).toBe(total);
      const labels = await drawings.evaluateAll((svgs) =>
        svgs.map((svg) => [...svg.querySelectorAll('text')].map((text) => text.textContent ?? '')),
      );
      await page.evaluate(() => document.querySelectorAll('.chart-picture').forEach((picture) => picture.remove()));
      const withoutCharts = await printToText('without-charts.pdf');
      fs.rmSync(dir, { recursive: true, force: true });
      const occurrences = (text: string, word: string) => text.split(word).length - 1;
      for (const label of labels.flat().map(normalise)) {
        expect(occurrences(printed.text, label), label).toBeGreaterThan(occurrences(withoutCharts.text, label));
      }
      expect(labels.flat().length).toBeGreaterThan(4 * total);
    } finally {
      await context.close();
    }
  });
});
