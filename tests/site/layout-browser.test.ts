import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { siteSamples } from '../helpers/site-samples.ts';

/* The reading layout in Chromium: contents beside the text on wide screens, one column on phones. */
const siteDir = inject('siteDir');
const served = useServedSite(siteDir);
const samples = siteSamples(siteDir);
const sectionPages = locales.flatMap((locale) => samples.sectionSlugs(locale).map((slug) => pagePath(locale, slug)));

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (found === null) throw new Error(`${selector} is not shown`);
  return found;
};

/** How many lines an element's text takes: the distinct tops of its line boxes. */
const lineCount = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
    }),
  );

describe('layout at 1280 px', () => {
  test.each(sectionPages)(
    '%s: contents, text and “on this page” side by side; the section is marked; the contents stay in view',
    async (urlPath) => {
      const page = await served.open(urlPath, { width: 1280 });
      const contents = await box(page, '.page-contents');
      const main = await box(page, 'main');
      const outline = await box(page, '.page-outline');
      expect(contents.x + contents.width).toBeLessThanOrEqual(main.x);
      expect(main.x + main.width).toBeLessThanOrEqual(outline.x);
      expect(main.width).toBeLessThanOrEqual(42 * 16 + 1);
      await expect(page.locator('#report-contents a[aria-current="page"]').getAttribute('href')).resolves.toBe(urlPath);
      // Halfway through the text, the contents are stuck 1rem below the top of the window.
      await page.evaluate(() => window.scrollTo(0, (document.querySelector('main')?.scrollHeight ?? 0) / 2));
      const navAfterScroll = await box(page, '#report-contents');
      expect(navAfterScroll.y).toBeCloseTo(16, 0);
    },
  );
});

describe('layout at 390 px', () => {
  test.each(sectionPages)('%s: one column, the contents after the text and linked from the header', async (urlPath) => {
    const page = await served.open(urlPath, { width: 390 });
    const main = await box(page, 'main');
    const contents = await box(page, '#report-contents');
    expect(contents.y).toBeGreaterThanOrEqual(main.y + main.height);
    expect(contents.x).toBeLessThan(60);
    await page.locator('.site-header a[href="#report-contents"]').click();
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#report-contents');
    const inView = await box(page, '#report-contents');
    expect(Math.abs(inView.y)).toBeLessThan(5);
  });
});

describe('anchors', () => {
  test.each(sectionPages)('%s: every heading and chart has an id and a visible link to itself', async (urlPath) => {
    const page = await served.open(urlPath, { width: 390 });
    const targets = await page
      .locator('article h2, article h3, figure.chart')
      .evaluateAll((elements) => elements.map((element) => element.id));
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) {
      expect(id).not.toBe('');
      const link = page.locator(`a.self-link[href="#${id}"]`);
      await expect(link.count()).resolves.toBe(1);
      await expect(link.isVisible()).resolves.toBe(true);
    }
    // "On this page" lists the same anchors, in the same order.
    const listed = await page.locator('.on-this-page a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(listed).toEqual(targets.map((id) => `#${id}`));
  });
});

describe('headings', () => {
  test.each(sectionPages)('%s: every subheading starts at the text’s left edge, at 390 and 1280 px', async (urlPath) => {
    for (const width of [390, 1280]) {
      const page = await served.open(urlPath, { width });
      const paragraph = await box(page, 'article p');
      const lefts = await page
        .locator('article :is(h2, h3)')
        .evaluateAll((headings) => headings.map((heading) => heading.getBoundingClientRect().left));
      expect(lefts.length).toBeGreaterThan(0);
      for (const left of lefts) expect(Math.abs(left - paragraph.x), `${width} px`).toBeLessThan(1);
    }
  });
});

describe('stats that wrap', () => {
  test('at 390 px a long English stat wraps inside its sentence, its number kept with the first unit word', async () => {
    const wrapped: number[] = [];
    for (const urlPath of sectionPages.filter((candidate) => candidate.startsWith('/en/'))) {
      const page = await served.open(urlPath, { width: 390 });
      expect((await lineCount(page, 'a.stat .kept')).filter((count) => count !== 1)).toEqual([]);
      wrapped.push(...(await lineCount(page, 'a.stat')).filter((count) => count > 1));
    }
    expect(wrapped.length).toBeGreaterThan(0);
  });
});

describe('side by side', () => {
  // A section with a chart: its blocks are headings, paragraphs and a chart.
  const parallelPage = pagePath(defaultLocale, `parallel/${samples.chartSection(defaultLocale)}`);

  test('at 1280 px each Chinese block has its English block beside it, top-aligned; at 390 px the English follows', async () => {
    for (const [width, beside] of [
      [1280, true],
      [390, false],
    ] as const) {
      const page = await served.open(parallelPage, { width });
      const pairs = await page.locator('.pair').evaluateAll((elements) =>
        elements.map((pair) => {
          const [zh, en] = [...pair.querySelectorAll(':scope > .version')].map((version) => version.getBoundingClientRect());
          return { zh: zh && { x: zh.x, y: zh.y, bottom: zh.bottom }, en: en && { x: en.x, y: en.y } };
        }),
      );
      expect(pairs.length).toBeGreaterThan(5);
      for (const { zh, en } of pairs) {
        if (zh === undefined || en === undefined) throw new Error('a pair lacks a language');
        if (beside) {
          expect(en.y).toBeCloseTo(zh.y, 0);
          expect(en.x).toBeGreaterThan(zh.x + 300);
        } else {
          expect(en.x).toBeCloseTo(zh.x, 0);
          expect(en.y).toBeGreaterThanOrEqual(zh.bottom);
        }
      }
      // Nothing is wider than the window: no sideways scrolling on a phone.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
    }
  });
});
