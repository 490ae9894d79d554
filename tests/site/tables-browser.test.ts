import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { type Locale } from '../../src/i18n/locales.ts';
import { defaultLocale, locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { contrastRatio } from '../../src/lib/charts/contrast-ratio.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { pagePaths } from '../../src/lib/hosting/site-files.ts';
import { readPage, realContent } from '../helpers/site.ts';
import { siteSamples } from '../helpers/site-samples.ts';

/*
 * Tables that fit, the data page's table at work, and numbers that look like links, in Chromium at
 * a phone's width (390 px) and a desktop's (1280 px).
 */
const siteDir = inject('siteDir');
const served = useServedSite(siteDir);
const widths = [390, 1280] as const;
const samples = siteSamples(siteDir);
/** The section with the widest table, in English (the longer words), and its side-by-side page. */
const widestSection = pagePath('en', samples.widestTableSection('en'));
const widestParallel = pagePath(defaultLocale, `parallel/${samples.widestTableSection('en')}`);

/**
 * Every page with a table: sections, the whole report, the data page, side-by-side pages, and of
 * the figure pages, the first to show each chart in each language (the others show the same table).
 */
const tablePages = (() => {
  const seen = new Set<string>();
  return pagePaths(siteDir).filter((urlPath) => {
    const page = readPage(siteDir, urlPath);
    if (page.querySelector('table') === null) return false;
    if (!/\/figures\//.test(urlPath)) return true;
    const key = `${urlPath.startsWith('/en/') ? 'en' : 'zh'} ${page.querySelector('figure.chart')?.id ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
})();

describe('tables that fit', () => {
  test('the pages measured include every kind of page with a table', () => {
    for (const kind of [
      ...locales.flatMap((locale) => [pagePath(locale, 'data'), pagePath(locale, 'full')]),
      widestSection,
      widestParallel,
    ])
      expect(tablePages).toContain(kind);
    expect(tablePages.some((urlPath) => urlPath.startsWith('/en/figures/'))).toBe(true);
  });

  /**
   * Loads the page once and measures it at each width in turn: a change of the window's width lays
   * the page out again as a load at that width does (the tables' fit is CSS alone), at a fraction
   * of a load's cost. At each width, no table is wider than its column (nor a column than itself),
   * named by its first words, and the page does not scroll sideways.
   */
  async function expectTablesFit(urlPath: string, atWidths: readonly [number, ...number[]]): Promise<void> {
    const page = await served.open(urlPath, { width: atWidths[0] });
    await expect(page.locator('main table').count()).resolves.toBeGreaterThan(0);
    for (const width of atWidths) {
      await page.setViewportSize({ width, height: 800 });
      const overflowing = await page.locator('main table').evaluateAll((elements) =>
        elements
          .filter((table) => {
            const column = table.closest('.table-fit') ?? table.parentElement!;
            return (
              table.scrollWidth > table.clientWidth || table.scrollWidth > column.clientWidth || column.scrollWidth > column.clientWidth
            );
          })
          .map((table) => table.textContent?.trim().slice(0, 40)),
      );
      expect(overflowing, `${width} px`).toEqual([]);
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth),
        `${width} px`,
      ).resolves.toBeLessThanOrEqual(width);
    }
  }

  test.each(tablePages)('%s at 390 and 1280 px: no table is wider than its column, and the page does not scroll sideways', (urlPath) =>
    expectTablesFit(urlPath, widths),
  );

  // Between a phone and a desktop, where the stacked rows give way to columns and the contents move
  // beside the text: the pages with the widest tables, in both languages.
  test.each([...locales.map((locale) => pagePath(locale, 'data')), pagePath('en', 'full'), widestSection, widestParallel])(
    '%s between 480 and 960 px: no table wider than its column, no sideways scrolling',
    (urlPath) => expectTablesFit(urlPath, [480, 560, 640, 700, 800, 960]),
  );

  /** For each body row: the top of the first cell's box, and of the first line of each other cell. */
  const rowTops = (page: Page, selector: string) =>
    page.locator(`${selector} tbody tr`).evaluateAll((rows) =>
      rows.map((row) =>
        [...(row as HTMLTableRowElement).cells].map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const first = [...range.getClientRects()].find((rect) => rect.width > 0);
          return { top: Math.round(first?.top ?? -1), bottom: Math.round(cell.getBoundingClientRect().bottom), empty: first === undefined };
        }),
      ),
    );

  test.each(locales)('%s chart table at 390 px: each row stacks as label, then value · period', async (locale) => {
    const page = await served.open(pagePath(locale, samples.longestChartTableSection(locale)), { width: 390 });
    const rows = await rowTops(page, 'figure.chart');
    expect(rows.length).toBeGreaterThan(2);
    for (const [label, value, period] of rows) {
      expect(value!.top).toBeGreaterThanOrEqual(label!.bottom);
      // The period follows the value in the same run of text: it starts on the value's last line or the next.
      expect(period!.top).toBeGreaterThanOrEqual(value!.top);
    }
    const separator = await page
      .locator('figure.chart tbody td:last-child')
      .first()
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(separator).toContain('·');
  });

  test.each(locales)('%s chart table at 1280 px: a row is one line of cells side by side', async (locale) => {
    const page = await served.open(pagePath(locale, samples.longestChartTableSection(locale)), { width: 1280 });
    for (const cells of await rowTops(page, 'figure.chart')) {
      expect(new Set(cells.map((cell) => cell.top)).size).toBe(1);
    }
  });

  test.each(locales)('%s data page at 390 px: a number and its unit start on one line, the label above them', async (locale) => {
    const page = await served.open(pagePath(locale, 'data'), { width: 390 });
    const rows = await rowTops(page, 'main');
    expect(rows).toHaveLength(realContent.figures().length);
    for (const [label, , number, unit] of rows) {
      expect(number!.top).toBeGreaterThanOrEqual(label!.bottom);
      expect(unit!.top).toBe(number!.top);
    }
  });

  test('a table wider than its column shows shadows at the edges that scroll reveals', async () => {
    const page = await served.open(widestSection, { width: 390 });
    const background = await page
      .locator('.table-fit')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundImage);
    expect(background.match(/gradient/g)?.length).toBe(4);
  });
});

const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((channel) => Number(channel).toString(16).padStart(2, '0'))
    .join('')}`;

describe.each(['light', 'dark'] as const)('numbers that look like links, %s scheme', (colorScheme) => {
  test.each(locales)('%s: a stat is in the link colour, underlined, at 4.5:1 or more on the page', async (locale) => {
    const page = await served.open(pagePath(locale, samples.statSection(locale)), { colorScheme });
    const looks = await page.locator('article a.stat').evaluateAll((links) =>
      links.map((link) => {
        const style = getComputedStyle(link);
        return { color: style.color, line: style.textDecorationLine, link: getComputedStyle(document.body).getPropertyValue('--link') };
      }),
    );
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(looks.length).toBeGreaterThan(3);
    for (const { color, line, link } of looks) {
      expect(line).toBe('underline');
      expect(hex(color)).toBe(link.trim());
      expect(contrastRatio(hex(color), hex(background))).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(locales)(
    '%s: each key-figure card is one link, its value in the link colour, with a hint of where it leads',
    async (locale) => {
      const page = await served.open(pagePath(locale, ''), { colorScheme, width: 1280 });
      const cards = page.locator('.key-figures li');
      const count = await cards.count();
      expect(count).toBe(realContent.report().keyFigures.length);
      for (const card of await cards.all()) {
        await expect(card.locator(':scope > *').count()).resolves.toBe(1);
        const link = card.locator(':scope > a.card');
        await expect(link.locator('data, .label, .period, .hint').count()).resolves.toBe(4);
        await expect(link.locator('.hint').isVisible()).resolves.toBe(true);
        const [value, surface] = await link.evaluate((element) => [
          getComputedStyle(element.querySelector('data')!).color,
          getComputedStyle(element).backgroundColor,
        ]);
        expect(contrastRatio(hex(value), hex(surface))).toBeGreaterThanOrEqual(4.5);
      }
      // The whole card leads to the figure's page: a click on its label follows the link.
      const href = await cards.first().locator('a').getAttribute('href');
      await cards.first().locator('.label').click();
      await page.waitForURL((url) => url.pathname === href);
    },
  );
});

describe('the data page', () => {
  const dataPath = (locale: Locale) => pagePath(locale, 'data');
  const shownRows = (page: Page) =>
    page.locator('tbody tr:visible').evaluateAll((rows) =>
      rows.map((row) => ({
        section: row.getAttribute('data-section') ?? '',
        label: row.querySelector('th')?.textContent?.trim() ?? '',
        value: Number(row.querySelector('[data-sort-value]')?.getAttribute('data-sort-value')),
        text: row.textContent ?? '',
      })),
    );

  test.each(locales)('%s without JavaScript: the whole table, and no filter form', async (locale) => {
    const page = await served.open(dataPath(locale), { javaScript: false });
    await expect(page.locator('form[data-table-filter]').isVisible()).resolves.toBe(false);
    await expect(shownRows(page)).resolves.toHaveLength(realContent.figures().length);
    await expect(page.locator('th button').count()).resolves.toBe(0);
  });

  test.each(locales)('%s: the section and text filters show only the rows that match, and say how many', async (locale) => {
    const page = await served.open(dataPath(locale), { width: 1280 });
    const total = realContent.figures().length;
    const form = page.locator('form[data-table-filter]');
    await expect(form.isVisible()).resolves.toBe(true);
    await expect(form.locator('output').textContent()).resolves.toContain(String(total));

    const { section, word } = samples.dataFilter(locale);
    await form.locator('select').selectOption(section);
    const inSection = await shownRows(page);
    expect(inSection.length).toBe(realContent.figures().filter((figure) => figure.section === section).length);
    expect(new Set(inSection.map((row) => row.section))).toEqual(new Set([section]));
    await expect(form.locator('output').textContent()).resolves.toContain(String(inSection.length));

    await form.locator('input').fill(word);
    const matching = await shownRows(page);
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(inSection.length);
    for (const row of matching) expect(row.text.toLowerCase()).toContain(word);

    await form.locator('select').selectOption('');
    await form.locator('input').fill('');
    await expect(shownRows(page)).resolves.toHaveLength(total);
    // Enter in the text field does not reload the page (the filter would be lost).
    await form.locator('input').fill(word);
    await form.locator('input').press('Enter');
    await expect(form.locator('input').inputValue()).resolves.toBe(word);
  });

  test.each(locales)('%s: sortable by indicator, value and section, both ways, with aria-sort', async (locale) => {
    const page = await served.open(dataPath(locale), { width: 1280 });
    const header = (column: string) => page.locator(`thead th[data-column="${column}"]`);
    const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });

    await header('value').locator('button').click();
    await expect(header('value').getAttribute('aria-sort')).resolves.toBe('ascending');
    const ascending = (await shownRows(page)).map((row) => row.value);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await header('value').locator('button').click();
    await expect(header('value').getAttribute('aria-sort')).resolves.toBe('descending');
    const descending = (await shownRows(page)).map((row) => row.value);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    await header('label').locator('button').click();
    await expect(header('value').getAttribute('aria-sort')).resolves.toBeNull();
    const labels = (await shownRows(page)).map((row) => row.label);
    expect(labels).toEqual([...labels].sort(collator.compare));

    await header('section').locator('button').click();
    const sections = await page.locator('tbody tr td.section').evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
    expect(sections).toEqual([...sections].sort(collator.compare));
    expect(new Set(sections).size).toBe(new Set(realContent.figures().map((figure) => figure.section)).size);
  });

  test.each(locales.flatMap((locale) => widths.map((width) => [locale, width] as const)))(
    '%s at %i px: numbers right-aligned in their own column (side by side) or after the label (stacked)',
    async (locale, width) => {
      const page = await served.open(dataPath(locale), { width });
      const aligns = await page.locator('tbody td.number').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
      expect(new Set(aligns)).toEqual(new Set([width === 1280 ? 'end' : 'start']));
    },
  );

  describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
    test.each(locales.flatMap((locale) => widths.map((width) => [locale, width] as const)))(
      '%s data page at %i px, filtered and sorted, has no violations',
      async (locale, width) => {
        const page = await served.open(dataPath(locale), { width, colorScheme });
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('form[data-table-filter] input').fill(samples.dataFilter(locale).word);
        await page.locator('thead th[data-column="value"] button').click();
        expect(await axeViolations(page)).toEqual([]);
      },
    );
  });
});
