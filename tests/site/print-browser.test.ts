import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import enUi from '../../src/i18n/ui/en.json';
import zhUi from '../../src/i18n/ui/zh.json';
import { printedPages, type PrintedPage } from '../helpers/pdf-pages.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { readPage, realContent } from '../helpers/site.ts';
import { siteSamples } from '../helpers/site-samples.ts';

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

/*
 * Print that reads like a publication (src/styles/print.css), checked on the PDF Chromium prints,
 * as text (pdftotext) and as pictures of its pages (pdftoppm): what is printed, and where the ink is.
 */
// The whole report, the section with the longest chart table (a table to print, and its downloads)
// and the first section with a chart (whose downloads' line once fell across a page break).
const samples = siteSamples(siteDir);
const publicationPages = locales.flatMap((locale) => [
  ...new Set([
    pagePath(locale, 'full'),
    pagePath(locale, samples.longestChartTableSection(locale)),
    pagePath(locale, samples.chartSection(locale)),
  ]),
]);

describe.each(publicationPages)('%s printed', (urlPath) => {
  const ui = urlPath.startsWith('/en/') ? enUi : zhUi;
  let pages: PrintedPage[] = [];
  let pdfText = '';
  /** What the page shows under print media: read from the DOM, to compare with the PDF. */
  let printed = {
    chrome: [] as string[],
    canonical: '',
    citations: [] as string[],
    downloads: [] as string[],
    keyFigures: [] as string[],
    sections: [] as string[],
  };

  /** A page's text without its number, which pdftotext gives first ("6/13"), and without whitespace. */
  const body = (index: number) => normalise(pages[index]?.text ?? '').replace(`${index + 1}/${pages.length}`, '');

  beforeAll(async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${served.server.url}${urlPath}`);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'print-')), 'page.pdf');
      await page.pdf({ path: file, format: 'A4' });
      pages = printedPages(file);
      pdfText = normalise(pages.map((printedPage) => printedPage.text).join(''));
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
      await page.emulateMedia({ media: 'print' });
      printed = await page.evaluate(() => {
        const shown = (selector: string) =>
          [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.checkVisibility());
        return {
          chrome: shown('.site-header, nav, .pager, button, form, .self-link, .side-by-side, .section-link').map((element) =>
            element.outerHTML.slice(0, 80),
          ),
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
          citations: shown('.cite .citation').map((element) => element.textContent ?? ''),
          downloads: shown('a[download]').map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname),
          keyFigures: shown('.key-figures data').map((element) => element.getAttribute('data-figure') ?? ''),
          sections: shown('.report-section h2').map((element) => element.textContent ?? ''),
        };
      });
    } finally {
      await context.close();
    }
  });

  test('no header, navigation, pager, form or button', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(printed.chrome).toEqual([]);
    for (const word of [ui['section.previous'], ui['section.next'], ui['nav.search'], ui['site.skipToContent']]) {
      expect(pdfText).not.toContain(normalise(word));
    }
  });

  test('the page’s canonical address once, at the top of the first page, and its citation once', () => {
    const address = normalise(`${ui['print.address']}${printed.canonical}`);
    expect(printed.canonical).toMatch(/^https:\/\//);
    expect(pdfText.split(address)).toHaveLength(2);
    expect(body(0).startsWith(address)).toBe(true);
    expect(printed.citations).toHaveLength(1);
    expect(pdfText.split(normalise(printed.citations[0] ?? ''))).toHaveLength(2);
  });

  test('link addresses only for downloads, each an absolute URL; no relative path after a link', () => {
    expect(pdfText).not.toMatch(/<\//);
    const origin = new URL(printed.canonical).origin;
    const addresses = [...pdfText.matchAll(/<(https?:\/\/[^>]+)>/g)].map((match) => match[1]);
    expect(printed.downloads.length).toBeGreaterThan(0);
    expect(addresses).toEqual(printed.downloads.map((pathname) => `${origin}${pathname}`));
  });

  test('each key figure once', () => {
    const expected = urlPath.endsWith('/full/') ? realContent.report().keyFigures : [];
    expect(printed.keyFigures).toEqual(expected);
  });

  test('margins on every page, and its number', () => {
    for (const [index, { text, ink }] of pages.entries()) {
      expect(ink.left, `page ${index + 1}`).toBeGreaterThanOrEqual(0.07);
      expect(ink.right, `page ${index + 1}`).toBeLessThanOrEqual(0.93);
      expect(ink.top, `page ${index + 1}`).toBeGreaterThanOrEqual(0.05);
      expect(normalise(text).startsWith(`${index + 1}/${pages.length}`), `page ${index + 1}`).toBe(true);
    }
  });

  test('no page left mostly empty, except where a section or the document ends', () => {
    const titles = printed.sections.map(normalise);
    expect(titles.length).toBe(urlPath.endsWith('/full/') ? realContent.sectionSlugs('zh').length : 0);
    for (const [index, page] of pages.slice(0, -1).entries()) {
      const next = body(index + 1);
      if (titles.some((title) => next.startsWith(title))) continue;
      expect(page.contentBottom, `page ${index + 1} of ${pages.length}`).toBeGreaterThanOrEqual(0.5);
    }
  });
});
