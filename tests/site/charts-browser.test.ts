import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { readPage, realContent } from '../helpers/site.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { locales } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { axeViolations } from '../helpers/axe.ts';

/**
 * Charts in real Chromium, served as a CDN would serve the built site, with the headers of its
 * _headers file: a chart that needed an inline script or style would log a CSP error here.
 */
const siteDir = inject('siteDir');
const chartPages = locales.flatMap((locale) =>
  realContent
    .sectionSlugs(locale)
    .map((slug) => pagePath(locale, slug))
    .filter((urlPath) => readPage(siteDir, urlPath).querySelectorAll('figure.chart report-chart').length > 0),
);

const served = useServedSite(siteDir);

async function openPage(urlPath: string, options: BrowserContextOptions = {}) {
  const context = await served.browser.newContext({ viewport: { width: 390, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`),
    );
  });
  await page.goto(`${served.server.url}${urlPath}`);
  return { context, page, errors };
}

describe('charts in Chromium', () => {
  test.each(chartPages)('%s: each canvas is drawn once scrolled to, the table folds away, no error', async (urlPath) => {
    const { context, page, errors } = await openPage(urlPath);
    try {
      const figures = page.locator('figure.chart:has(report-chart)');
      const count = await figures.count();
      for (let index = 0; index < count; index += 1) {
        const figure = figures.nth(index);
        await figure.scrollIntoViewIfNeeded();
        await figure.locator('report-chart[data-drawn="true"]').waitFor({ timeout: 15_000 });
        const canvas = figure.locator('canvas');
        await expect(canvas.getAttribute('role')).resolves.toBe('img');
        expect((await canvas.getAttribute('aria-label'))?.length).toBeGreaterThan(10);
        // A drawn canvas has coloured pixels: sample the bitmap rather than trusting the flag.
        const painted = await canvas.evaluate((element: HTMLCanvasElement) => {
          const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
          let count = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count += 1;
          return count;
        });
        expect(painted).toBeGreaterThan(1000);
        await expect(figure.locator('report-chart details').getAttribute('open')).resolves.toBeNull();
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('nothing is downloaded for a chart until it nears the viewport', async () => {
    const urlPath = chartPages.find((candidate) => candidate.startsWith('/talent'))!;
    const { context, page } = await openPage(urlPath, { viewport: { width: 390, height: 300 } });
    try {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.waitForTimeout(300);
      expect(requested.filter((url) => url.includes('draw-chart'))).toEqual([]);
      await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
      await page.locator('report-chart[data-drawn="true"]').first().waitFor({ timeout: 15_000 });
      expect(requested.some((url) => url.includes('draw-chart'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('charts wait for the first paint: none starts watching the viewport, or loads Chart.js, before it', async () => {
    // At Lighthouse's phone size the first chart of this page starts within the 200 px margin.
    const urlPath = chartPages.find((candidate) => candidate === '/two-ins-one-out/')!;
    const context = await served.browser.newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      // Whether the page had painted, each time a chart starts watching the viewport.
      await page.addInitScript(() => {
        const painted: boolean[] = [];
        (window as unknown as { paintedAtObserve: boolean[] }).paintedAtObserve = painted;
        const observe = Object.getOwnPropertyDescriptor(IntersectionObserver.prototype, 'observe')?.value as (target: Element) => void;
        IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
          if (target.localName === 'report-chart') painted.push(performance.getEntriesByName('first-contentful-paint').length > 0);
          observe.call(this, target);
        };
      });
      await page.goto(`${served.server.url}${urlPath}`);
      await page.locator('report-chart[data-drawn="true"]').first().waitFor({ timeout: 15_000 });
      const { paintedAtObserve, requested, painted } = await page.evaluate(() => ({
        paintedAtObserve: (window as unknown as { paintedAtObserve: boolean[] }).paintedAtObserve,
        requested: performance.getEntriesByType('resource').find((entry) => entry.name.includes('draw-chart'))?.startTime,
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      }));
      expect(paintedAtObserve.length).toBeGreaterThan(0);
      expect(paintedAtObserve).not.toContain(false);
      expect(requested).toBeGreaterThan(painted ?? Infinity);
    } finally {
      await context.close();
    }
  });

  test('a chart drawn while the reader reads is painted two tasks after the one that begins it; printing completes one begun', async () => {
    const { context, page, errors } = await openPage('/full/');
    try {
      // The reader comes near the first chart: the drawing module is loaded, as report-chart uses it.
      await page.locator('figure.chart:has(report-chart)').first().scrollIntoViewIfNeeded();
      await page.locator('report-chart[data-drawn="true"]').first().waitFor({ timeout: 15_000 });
      // The same module instance as report-chart's. A string, for Vitest rewrites import() in functions.
      await page.evaluate(`(async () => {
        const { name } = performance.getEntriesByType('resource').find((entry) => entry.name.includes('draw-chart'));
        window.drawingModule = await import(name);
      })()`);
      const stages = await page.evaluate(async () => {
        const drawing = (window as unknown as { drawingModule: typeof import('../../src/scripts/draw-chart.ts') }).drawingModule;
        // Two copies of a chart nothing has begun to draw, at the end of the page, far from the viewport.
        const undrawn = document.querySelector('report-chart:not([data-drawn])')!;
        type ReportChart = HTMLElement & { drawInStages: (module: typeof drawing) => Promise<void> };
        const [first, second] = [undrawn.cloneNode(true), undrawn.cloneNode(true)] as ReportChart[];
        document.body.append(first!, second!);
        const painted = (host: HTMLElement) => {
          const canvas = host.querySelector('canvas');
          if (canvas === null) return 0;
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let count = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count += 1;
          return count;
        };
        const state = (host: HTMLElement) => ({
          canvases: host.querySelectorAll('canvas').length,
          painted: painted(host),
          drawn: host.dataset['drawn'] ?? null,
          tableOpen: host.querySelector('details')!.open,
        });
        // A task queued after the chart's next stage: it runs once that stage has.
        const nextTask = () => new Promise((resolve) => setTimeout(resolve));

        const done = first!.drawInStages(drawing);
        const afterOptions = state(first!);
        await nextTask();
        const afterLayout = state(first!);
        await done;
        const afterDrawing = state(first!);

        const interrupted = second!.drawInStages(drawing);
        window.dispatchEvent(new Event('beforeprint'));
        const printed = state(second!);
        await interrupted;
        return { afterOptions, afterLayout, afterDrawing, printed, afterPrint: state(second!) };
      });
      const undrawn = { canvases: 1, painted: 0, drawn: null, tableOpen: true };
      expect(stages.afterOptions).toEqual(undrawn);
      expect(stages.afterLayout).toEqual(undrawn);
      expect(stages.afterDrawing).toMatchObject({ canvases: 1, drawn: 'true', tableOpen: false });
      expect(stages.afterDrawing.painted).toBeGreaterThan(1000);
      // beforeprint completed it at once; the stages left did nothing more.
      expect(stages.printed).toMatchObject({ canvases: 1, drawn: 'true', tableOpen: false });
      expect(stages.printed.painted).toBeGreaterThan(1000);
      expect(stages.afterPrint).toEqual(stages.printed);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('at a phone’s width, long English category labels wrap and leave the bars their room', async () => {
    // Figure 2's labels are the longest: tilted, they once took all but a sliver of the chart.
    const { context, page } = await openPage('/en/two-ins-one-out/', { colorScheme: 'light' });
    try {
      const figure = page.locator('figure.chart:has(report-chart)').first();
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('report-chart[data-drawn="true"]').waitFor({ timeout: 15_000 });
      // Pixels in the light bar colour (--chart-bar of global.css), on the bitmap as drawn.
      const barPixels = await figure.locator('canvas').evaluate((element: HTMLCanvasElement) => {
        const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] === 0x0b && data[i + 1] === 0x5c && data[i + 2] === 0xad) count += 1;
        return count;
      });
      expect(barPixels).toBeGreaterThan(5000);
    } finally {
      await context.close();
    }
  });

  test('a drawn chart takes the dark palette when the system switches scheme', async () => {
    const urlPath = chartPages.find((candidate) => candidate.startsWith('/talent'))!;
    const { context, page, errors } = await openPage(urlPath, { colorScheme: 'light', reducedMotion: 'reduce' });
    try {
      const figure = page.locator('figure.chart').first();
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('report-chart[data-drawn="true"]').waitFor({ timeout: 15_000 });
      // Count the pixels painted in a bar colour (the --chart-bar values of global.css).
      const pixelsOf = (rgb: [number, number, number]) =>
        figure.locator('canvas').evaluate((element: HTMLCanvasElement, [r, g, b]) => {
          const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
          let count = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count += 1;
          return count;
        }, rgb);
      const lightBar: [number, number, number] = [0x0b, 0x5c, 0xad];
      const darkBar: [number, number, number] = [0x6c, 0xb2, 0xf5];
      expect(await pixelsOf(lightBar)).toBeGreaterThan(500);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => pixelsOf(darkBar), { timeout: 5_000 }).toBeGreaterThan(500);
      expect(await pixelsOf(lightBar)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(chartPages)('%s: without JavaScript every table is visible', async (urlPath) => {
    const { context, page } = await openPage(urlPath, { javaScriptEnabled: false });
    try {
      const tables = page.locator('figure.chart table');
      expect(await tables.count()).toBeGreaterThan(0);
      for (const table of await tables.all()) await expect(table.isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
    async function expectNoViolations(urlPath: string) {
      const page = await served.open(urlPath, { colorScheme, reducedMotion: 'reduce' });
      expect(await axeViolations(page)).toEqual([]);
      for (const figure of await page.locator('figure.chart:has(report-chart)').all()) {
        await figure.scrollIntoViewIfNeeded();
        await figure.locator('report-chart[data-drawn="true"]').waitFor({ timeout: 15_000 });
      }
      expect(await axeViolations(page)).toEqual([]);
    }

    test.each(locales)('%s chart page has no violations, before and after drawing', async (locale) => {
      await expectNoViolations(
        chartPages.find((candidate) => candidate.startsWith(locale === 'en' ? '/en/' : '/') && candidate.includes('two-ins-one-out'))!,
      );
    });

    test('the side-by-side page, with each chart in both languages, has no violations, before and after drawing', async () => {
      await expectNoViolations('/parallel/two-ins-one-out/');
    });
  });
});
