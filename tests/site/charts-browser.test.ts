import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { siteSamples } from '../helpers/site-samples.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { defaultLocale, locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { contrastRatio } from '../../src/lib/charts/contrast-ratio.ts';
import { axeViolations } from '../helpers/axe.ts';

/**
 * Charts in real Chromium, served as a CDN would serve the built site, with the headers of its
 * _headers file. Every chart is drawn into the page at build time: these tests look at it with
 * JavaScript off, at a phone's width and the text column's, in both schemes.
 */
const siteDir = inject('siteDir');
const samples = siteSamples(siteDir);
const sectionChartPages = locales.flatMap((locale) => samples.chartSections(locale).map((slug) => pagePath(locale, slug)));
const chartPages = [...sectionChartPages, ...locales.map((locale) => pagePath(locale, 'full'))];

const served = useServedSite(siteDir);

/** A blank page of its own for counting pixels, opened once: a page per drawing cost a renderer each. */
let pixelPage: Page | undefined;

/** Pixels of a PNG that differ from its top-left pixel (the background), counted in a blank page. */
async function paintedPixels(png: Buffer): Promise<number> {
  pixelPage ??= await served.browser.newPage();
  return pixelPage.evaluate(
    async (source) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs((data[i] ?? 0) - (data[0] ?? 0)) +
            Math.abs((data[i + 1] ?? 0) - (data[1] ?? 0)) +
            Math.abs((data[i + 2] ?? 0) - (data[2] ?? 0)) >
          30
        )
          count += 1;
      }
      return count;
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

/** The chart drawings the reader sees on the page (one per figure: narrow or wide). */
const visibleDrawings = (page: Page) => page.locator('.chart-picture > svg:visible');

describe('charts with JavaScript off', () => {
  describe.each([360, 1280])('at %i px', (width) => {
    test.each(chartPages)('%s: every chart is drawn, in the drawing for this width, with text of at least 11 px', async (urlPath) => {
      const page = await served.open(urlPath, { width, height: 900, javaScript: false });
      const figures = await page.locator('figure.chart:has(.chart-picture)').count();
      const drawings = visibleDrawings(page);
      expect(await drawings.count()).toBe(figures);
      for (const drawing of await drawings.all()) {
        await expect(drawing.getAttribute('class')).resolves.toBe(`chart-svg chart-svg-${width < 600 ? 'narrow' : 'wide'}`);
        await drawing.scrollIntoViewIfNeeded();
        // Bars, lines and labels: thousands of pixels not in the background's colour.
        expect(await paintedPixels(await drawing.screenshot())).toBeGreaterThan(3000);
        // The drawing is scaled to its box: its 12 px labels must not shrink below 11 px.
        const smallest = await drawing.evaluate((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return Math.min(...[...svg.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')) * scale));
        });
        expect(smallest).toBeGreaterThanOrEqual(11);
        expect(smallest).toBeLessThanOrEqual(16);
      }
    });
  });
});

/** A computed CSS colour, rgb(r, g, b), as #rrggbb. */
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((channel) => Number(channel).toString(16).padStart(2, '0'))
    .join('')}`;

describe.each(['light', 'dark'] as const)('%s scheme', (colorScheme) => {
  test.each(locales)(
    '%s: the bars reach 3:1 and the chart text 4.5:1 against the background, as the browser colours them',
    async (locale) => {
      const page = await served.open(pagePath(locale, samples.barChartSection(locale)), { colorScheme, width: 1280 });
      const colours = await page.evaluate(() => {
        const svg = document.querySelector('.chart-svg-wide')!;
        const figure = svg.closest('figure')!;
        // The figure's background: the first ancestor that paints one.
        let surface = 'rgba(0, 0, 0, 0)';
        for (let element: Element | null = figure; element !== null && surface === 'rgba(0, 0, 0, 0)'; element = element.parentElement) {
          surface = getComputedStyle(element).backgroundColor;
        }
        return {
          bars: [...svg.querySelectorAll('.chart-bar')].map((bar) => getComputedStyle(bar).fill),
          texts: [...svg.querySelectorAll('text')].map((text) => getComputedStyle(text).fill),
          surface,
        };
      });
      expect(colours.bars.length).toBeGreaterThan(0);
      expect(colours.texts.length).toBeGreaterThan(0);
      for (const bar of new Set(colours.bars)) expect(contrastRatio(hex(bar), hex(colours.surface))).toBeGreaterThanOrEqual(3);
      for (const text of new Set(colours.texts)) expect(contrastRatio(hex(text), hex(colours.surface))).toBeGreaterThanOrEqual(4.5);
      // The dark scheme has its own colours: light bars on a dark background.
      expect(contrastRatio(hex(colours.surface), '#000000') > 10).toBe(colorScheme === 'light');
    },
  );

  // A section with a chart in each language, and its side-by-side page.
  test.each([
    ...locales.map((locale) => pagePath(locale, samples.chartSection(locale))),
    pagePath(defaultLocale, `parallel/${samples.chartSection(defaultLocale)}`),
  ])('%s: axe finds no violations; a screen reader meets each chart once, as its table', async (urlPath) => {
    const page = await served.open(urlPath, { colorScheme, reducedMotion: 'reduce' });
    expect(await axeViolations(page)).toEqual([]);
    for (const picture of await page.locator('.chart-picture').all()) {
      // Hidden from the accessibility tree; the table (folded under its summary) follows it.
      await expect(picture.ariaSnapshot()).resolves.toBe('');
      await expect(picture.locator('xpath=following-sibling::details[1]//table').count()).resolves.toBe(1);
    }
  });
});

describe('no script', () => {
  test.each([pagePath(defaultLocale, samples.chartSection(defaultLocale)), pagePath('en', 'full')])(
    '%s: no long task from the site’s own scripts with the CPU slowed down 4 times',
    async (urlPath) => {
      const context = await served.browser.newContext({ viewport: { width: 412, height: 823 } });
      try {
        const page = await context.newPage();
        const scripts: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.push(request.url());
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        // Long animation frames name the scripts that ran in them.
        await page.addInitScript(() => {
          const frames: { duration: number; scripts: string[] }[] = [];
          (window as unknown as { longFrames: typeof frames }).longFrames = frames;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { scripts: { sourceURL: string; duration: number }[] })[]) {
              frames.push({
                duration: entry.duration,
                scripts: entry.scripts.filter((script) => script.duration > 0).map((script) => script.sourceURL),
              });
            }
          }).observe({ type: 'long-animation-frame', buffered: true });
        });
        await page.goto(`${served.server.url}${urlPath}`, { waitUntil: 'load' });
        await page.mouse.wheel(0, 3000);
        await page.waitForTimeout(500);
        const frames = await page.evaluate(
          () => (window as unknown as { longFrames: { duration: number; scripts: string[] }[] }).longFrames,
        );
        const ours = frames.flatMap((frame) => frame.scripts).filter((source) => source.startsWith(served.server.url));
        expect(ours).toEqual([]);
        expect(scripts).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
