import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import enUi from '../../src/i18n/ui/en.json';
import zhUi from '../../src/i18n/ui/zh.json';
import { printedPages, type PrintedPage } from '../helpers/pdf-pages.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { readPage, realContent } from '../helpers/site.ts';

/*
 * The whole report printed to PDF by Chromium, as its print dialog does: every chart must be in
 * the PDF, drawn, not replaced by its table. The reader has come near one chart (so the drawing
 * module is loaded, as after reading any chart); every other chart is drawn by `beforeprint`.
 * A drawn chart's canvas text is printed as text, which pdftotext (poppler-utils) extracts; -raw
 * keeps each drawn label in one piece (in reading order, a label's number and unit come apart).
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

  test('printed to PDF, every chart is drawn and its canvas text is in the PDF', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${served.server.url}${urlPath}`);
    const charts = page.locator('report-chart');
    const total = await charts.count();
    // The first drawn chart, not the first figure: a table-only figure has no <report-chart>.
    await charts.first().scrollIntoViewIfNeeded();
    await page.locator('report-chart[data-drawn="true"]').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('report-chart[data-drawn="true"]').count()).resolves.toBeLessThan(total);

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'print-')), 'full.pdf');
    await page.pdf({ path: file, format: 'A4' });
    await expect(page.locator('report-chart[data-drawn="true"]').count()).resolves.toBe(total);
    const pdfText = normalise(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });

    // Each bar's value label is drawn on the canvas. The same words may also be in the prose, so
    // each must occur in the PDF more often than in the page's printed text (the text Chromium
    // prints, without the canvases: innerText under print media, closed tables left out).
    await page.emulateMedia({ media: 'print' });
    const printedText = normalise(await page.locator('body').innerText());
    const labels = await charts.evaluateAll((elements) =>
      elements.map((element) => (JSON.parse(element.getAttribute('data-chart') ?? '{}') as { barLabels: string[] }).barLabels),
    );
    const occurrences = (text: string, word: string) => text.split(word).length - 1;
    for (const label of labels.flat().map(normalise)) {
      expect(occurrences(pdfText, label), label).toBeGreaterThan(occurrences(printedText, label));
    }
    expect(labels.flat().length).toBeGreaterThan(total);
    await context.close();
  });

  test('Ctrl+P straight after loading, before any chart is near: the charts are drawn, then the page prints', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      // window.print() opens no dialog in headless Chromium; record what the page holds when it is called.
      await page.addInitScript(() => {
        const state = window as unknown as { printedWith?: { drawn: number; total: number } };
        window.print = () => {
          state.printedWith = {
            drawn: document.querySelectorAll('report-chart[data-drawn="true"]').length,
            total: document.querySelectorAll('report-chart').length,
          };
        };
      });
      await page.goto(`${served.server.url}${urlPath}`);
      await expect(page.locator('report-chart[data-drawn="true"]').count()).resolves.toBe(0);
      await page.keyboard.press('Control+P');
      const printed = await page.waitForFunction(() => (window as unknown as { printedWith?: unknown }).printedWith);
      const { drawn, total } = (await printed.jsonValue()) as { drawn: number; total: number };
      expect(total).toBeGreaterThan(0);
      expect(drawn).toBe(total);
    } finally {
      await context.close();
    }
  });
});

/*
 * Print that reads like a publication (src/styles/print.css), checked on the PDF Chromium prints,
 * as text (pdftotext) and as pictures of its pages (pdftoppm): what is printed, and where the ink is.
 */
const publicationPages = locales.flatMap((locale) => [pagePath(locale, 'full'), pagePath(locale, 'couriers')]);

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
