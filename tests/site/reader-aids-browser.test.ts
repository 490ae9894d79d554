import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { type Locale } from '../../src/i18n/locales.ts';
import { locales } from '../../src/i18n/publication-locales.ts';
import { figureSlug, pagePath } from '../../src/i18n/paths.ts';
import en from '../../src/i18n/ui/en.json';
import zh from '../../src/i18n/ui/zh.json';
import { localDate } from '../../src/lib/cite/local-date.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { siteSamples } from '../helpers/site-samples.ts';

/*
 * Reader aids of issue 22 in Chromium: the copy buttons of a figure page's citation, search results
 * without page chrome, run-together words or repeats from /full/, readable excerpts on a phone, the
 * 404 page in the language of the address, and axe on the new pages at 390 and 1280 px.
 */
const siteDir = inject('siteDir');
const served = useServedSite(siteDir);
const samples = siteSamples(siteDir);
const figurePage = (locale: Locale) => pagePath(locale, figureSlug(samples.figure().id));

describe('copying a figure’s citation', () => {
  test.each(locales)('%s: each format’s button copies its text; GB/T 7714’s access date is the reader’s date', async (locale) => {
    const context = await served.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.url });
    try {
      const page = await context.newPage();
      await page.goto(new URL(figurePage(locale), served.server.url).href);
      const formats = page.locator('section[data-cite="figure"] copy-citation');
      await expect(formats.count()).resolves.toBe(3);
      // The other formats are folded: open them, as a reader would.
      await page.locator('section[data-cite="figure"] details summary').click();
      for (const format of await formats.all()) {
        const button = format.getByRole('button', { name: locale === 'zh' ? zh['cite.copy'] : en['cite.copy'] });
        await button.click();
        await expect.poll(() => format.locator('.copy-status').textContent()).toBe(locale === 'zh' ? zh['cite.copied'] : en['cite.copied']);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        const shown = (await format.locator('[data-copy-text]').innerText()).trim();
        expect(copied).toBe(shown);
        expect(copied).toContain(`${samples.origin()}${figurePage(locale)}`);
        expect(copied).not.toContain('[引用日期]');
      }
      const first = await formats.first().locator('[data-copy-text]').innerText();
      // The date the browser reads is the test's: both run on this machine, in its time zone.
      // The release's date (YYYY-MM-DD), then the access date.
      if (locale === 'zh') expect(first).toMatch(new RegExp(`\\(\\d{4}-\\d{2}-\\d{2}\\)\\[${localDate(new Date())}\\]`));
    } finally {
      await context.close();
    }
  });

  test('without JavaScript: no button, the texts to select, the access date a visible placeholder', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(new URL(figurePage('zh'), served.server.url).href);
      const cite = page.locator('section[data-cite="figure"]');
      await expect(cite.locator('button').count()).resolves.toBe(0);
      await expect(cite.locator('[data-access-date]').innerText()).resolves.toBe('[引用日期]');
      await expect(cite.locator('.citation').isVisible()).resolves.toBe(true);
      // Right under the value: the citation starts where the value ends, give or take the gap between them.
      const value = await page.locator('article > p.value').boundingBox();
      const heading = await cite.locator('h2').boundingBox();
      expect((heading?.y ?? 0) - ((value?.y ?? 0) + (value?.height ?? 0))).toBeLessThan(40);
    } finally {
      await context.close();
    }
  });
});

describe('search without noise', () => {
  /** Words with a capital inside them that the report itself writes (BeiDou): not two words run together. */
  const ownCamelCase = new Set(
    ['content/glossary.yaml', ...fs.readdirSync(path.resolve('content/sections/en')).map((file) => `content/sections/en/${file}`)].flatMap(
      (file) => [...fs.readFileSync(path.resolve(file), 'utf8').matchAll(/[A-Za-z]*[a-z][A-Z][A-Za-z]*/g)].map((match) => match[0]),
    ),
  );

  // The report's search examples and its first glossary terms: words that many pages hold.
  const noisyQueries = locales.map(
    (locale) => [locale, [...samples.searchWords(locale), ...samples.glossaryTerms(locale).slice(0, 3)]] as const,
  );
  const oneSectionWords = locales.map((locale) => {
    const { word, urlPath } = samples.wordOfOneSection(locale);
    return [locale, word, urlPath] as const;
  });

  test.each(noisyQueries)('%s: no page chrome, no words run together, nothing from /full/', async (locale, queries) => {
    const page = await served.open(pagePath(locale, 'search'));
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    const results = await page.evaluate<{ url: string; content: string; excerpt: string }[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = [];
      for (const query of ${JSON.stringify(queries)}) {
        const search = await pagefind.search(query);
        for (const result of search.results) {
          const data = await result.data();
          all.push({ url: data.url, content: data.content, excerpt: data.excerpt });
        }
      }
      return all;
    })()`);
    expect(results.length).toBeGreaterThan(10);
    for (const { url, content } of results) {
      expect(url).not.toMatch(/\/full\/$/);
      expect(content, url).not.toContain(locale === 'zh' ? zh['anchor.heading'].replace('{heading}', '') : 'Link to this heading');
      expect(content, url).not.toContain(locale === 'zh' ? zh['cite.report'] : en['cite.report']);
      expect(content, url).not.toMatch(/#(本标题|Link to)/);
      const runTogether = [...content.matchAll(/[A-Za-z]*[a-z][A-Z][A-Za-z]*/g)]
        .map((match) => match[0])
        .filter((word) => !ownCamelCase.has(word));
      expect(runTogether, url).toEqual([]);
    }
  });

  test.each(oneSectionWords)(
    '%s: a word of one section’s sentence (%s) is found once, on its section page %s (not on /full/)',
    async (locale, word, urlPath) => {
      const page = await served.open(pagePath(locale, 'search'));
      const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(word)});
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    })()`);
      expect(urls).toEqual([urlPath]);
    },
  );

  test.each(locales)('%s: excerpts and sub-results are at least 16 px on a phone', async (locale) => {
    const page = await served.open(`${pagePath(locale, 'search')}?q=${encodeURIComponent(samples.searchWord(locale))}`, {
      width: 390,
    });
    await page.waitForSelector('.pagefind-ui__result-excerpt');
    const sizes = await page.$$eval('.pagefind-ui__result-excerpt, .pagefind-ui__result-nested .pagefind-ui__result-link', (elements) =>
      elements.map((element) => parseFloat(getComputedStyle(element).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
  });
});

describe('the 404 page', () => {
  test('under /en/, English comes first, the page is English, and its search box opens the English search page with the words', async () => {
    const page = await served.open('/en/no-such-page/');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe(en['notFound.title']);
    expect(await page.locator('.not-found').evaluateAll((blocks) => blocks.map((block) => block.getAttribute('lang')))).toEqual([
      'en',
      'zh-CN',
    ]);
    const words = samples.searchWord('en');
    await page.getByRole('searchbox', { name: en['notFound.search'] }).fill(words);
    await page.getByRole('button', { name: en['nav.search'] }).click();
    await page.waitForURL(
      (url) => url.pathname === pagePath('en', 'search') && url.search === `?${new URLSearchParams({ q: words }).toString()}`,
    );
    await page.waitForSelector('.pagefind-ui__result-link');
    expect(await axeViolations(await served.open('/en/no-such-page/'))).toEqual([]);
  });

  test('elsewhere Chinese comes first, and its search box opens the Chinese search page', async () => {
    const page = await served.open('/no-such-page/');
    await expect(page.locator('h1').textContent()).resolves.toBe(zh['notFound.title']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('form[role="search"]').evaluateAll((forms) => forms.map((form) => form.getAttribute('action')))).toEqual([
      '/search/',
      '/en/search/',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
  const pages = locales.flatMap((locale) => [pagePath(locale, 'figures'), pagePath(locale, 'about'), figurePage(locale)]);
  test.each(pages.flatMap((urlPath) => [390, 1280].map((width) => [urlPath, width] as const)))(
    '%s at %i px has no violations',
    async (urlPath, width) => {
      const page = await served.open(urlPath, { width, height: 900, colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  test('the English side-by-side page has no violations', async () => {
    const page = await served.open(pagePath('en', `parallel/${samples.chartSection('en')}`), { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  });
});
