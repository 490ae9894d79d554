import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { type Locale } from '../../src/i18n/locales.ts';
import { locales } from '../../src/i18n/publication-locales.ts';
import { figureSlug, pagePath } from '../../src/i18n/paths.ts';
import { allSearchResultLinks } from '../helpers/search-results.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteSamples } from '../helpers/site-samples.ts';

/*
 * The built report in Chromium, served with the headers of its own _headers file (so with its
 * Content-Security-Policy), as a CDN would serve it: every page type in both languages must load
 * without a CSP violation, without console errors and without a request to another host.
 */
const siteDir = inject('siteDir');
const served = useServedSite(siteDir);
/** The inputs, from the report built in siteDir: a section with a chart, a figure, the search examples. */
const samples = siteSamples(siteDir);

interface Visit {
  page: Page;
  requests: string[];
  problems: () => Promise<string[]>;
  /** Ends the recording (the page stays open for the next visit). */
  close: () => Promise<void>;
}

/** What one visit records: its requests, and console errors with the page's URL path. */
interface Recording {
  urlPath: string;
  requests: string[];
  consoleErrors: string[];
}

/** An empty recording for a visit to urlPath ('' between visits: nothing is recorded for a test). */
const newRecording = (urlPath = ''): Recording => ({ urlPath, requests: [], consoleErrors: [] });

/**
 * The page every visit loads into, with its listeners, opened once: a context per visit cost a
 * renderer process each. Its context keeps no cache (as a fresh one would start), so every visit
 * makes and records all of its requests; an init script records CSP violations in each document.
 */
let recorder: { page: Page; current: Recording } | undefined;

async function recordingPage(): Promise<NonNullable<typeof recorder>> {
  if (recorder !== undefined) return recorder;
  const context = await served.browser.newContext();
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true });
  const opened = { page, current: newRecording() };
  page.on('request', (request) => opened.current.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The 404 page's own document answers with status 404: that is its point, not an error of it.
    // Any other failed request (a stylesheet, a script) on any page is one.
    const { urlPath } = opened.current;
    const notFoundPage = new URL(urlPath, served.server.url).href;
    const isOwnStatus = /status of 404/.test(message.text()) && message.location().url === notFoundPage && urlPath.includes('no-such-page');
    if (!isOwnStatus) opened.current.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => opened.current.consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  recorder = opened;
  return opened;
}

/** Opens a page, recording every request it makes, console errors and CSP violations. */
async function visit(urlPath: string): Promise<Visit> {
  const shared = await recordingPage();
  // Leave the last visit's document first, so that nothing it still loads is recorded as this one's.
  await shared.page.goto('about:blank');
  const recording = newRecording(urlPath);
  shared.current = recording;
  await shared.page.goto(new URL(urlPath, served.server.url).href, { waitUntil: 'load' });
  return {
    page: shared.page,
    requests: recording.requests,
    problems: async () => {
      const violations = await shared.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      return [...violations, ...recording.consoleErrors];
    },
    // Whatever the page does after the test is no longer this visit's.
    close: () => {
      shared.current = newRecording();
      return Promise.resolve();
    },
  };
}

const pageTypes = locales.flatMap((locale) =>
  (
    [
      ['home', pagePath(locale, '')],
      ['section', pagePath(locale, samples.chartSection(locale))],
      ['data', pagePath(locale, 'data')],
      ['glossary', pagePath(locale, 'glossary')],
      ['list of figures', pagePath(locale, 'figures')],
      ['about', pagePath(locale, 'about')],
      ['figure', pagePath(locale, figureSlug(samples.figure().id))],
      ['side by side', pagePath(locale, `parallel/${samples.chartSection(locale)}`)],
      ['search', pagePath(locale, 'search')],
      ['404', pagePath(locale, 'no-such-page')],
    ] as const
  ).map(([type, urlPath]) => [`${locale} ${type}`, urlPath, locale] as const),
);
const allPageTypes: (readonly [string, string, Locale])[] = pageTypes;

describe('every page type under the site CSP', () => {
  test.each(allPageTypes)('%s (%s): no CSP violation, no console error, no request to another host', async (_name, urlPath, locale) => {
    const { page, requests, problems, close } = await visit(urlPath);
    try {
      if (urlPath.endsWith('search/')) {
        // Let the search run, so that Pagefind's WebAssembly and index are loaded under the CSP too.
        await page.fill('.pagefind-ui__search-input', samples.searchWord(locale));
        await page.waitForSelector('.pagefind-ui__result-link');
      }
      expect(await problems()).toEqual([]);
      // The page itself came first; pages without a chart or search request nothing else but the icon.
      expect(requests[0]).toBe(new URL(urlPath, served.server.url).href);
      const foreign = requests.filter((url) => new URL(url).origin !== served.server.url);
      expect(foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  test('on the 404 page, only the page’s own 404 is expected: a missing stylesheet or image is an error', async () => {
    const { page, problems, close } = await visit(pagePath('en', 'no-such-page'));
    try {
      await page.evaluate(async () => {
        const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/_astro/missing.css' });
        const image = Object.assign(document.createElement('img'), { src: '/missing.png', alt: '' });
        const failed = (element: HTMLElement) => new Promise((resolve) => element.addEventListener('error', resolve));
        const settled = Promise.all([failed(link), failed(image)]);
        document.head.append(link);
        document.body.append(image);
        await settled;
      });
      const url = (urlPath: string) => new URL(urlPath, served.server.url).href;
      // The host answers a missing file with the 404 page, so a stylesheet arrives as text/html.
      // Sorted: the two requests fail in either order.
      await expect
        .poll(async () => (await problems()).sort())
        .toEqual([
          `Failed to load resource: the server responded with a status of 404 (Not Found) (${url('/missing.png')})`,
          `Refused to apply style from '${url('/_astro/missing.css')}' because its MIME type ('text/html') is not a supported stylesheet MIME type, and strict MIME checking is enabled. (${url('/en/no-such-page/')})`,
        ]);
    } finally {
      await close();
    }
  });

  test('the CSP is really applied: an inline script is blocked and reported', async () => {
    const { page, problems, close } = await visit('/');
    try {
      const response = await page.request.get(new URL('/', served.server.url).href);
      expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "inline ran"';
        document.body.append(script);
      });
      await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
      expect(await page.title()).not.toBe('inline ran');
      expect((await problems()).join('\n')).toMatch(/script-src/);
    } finally {
      await close();
    }
  });

  test.each(locales)(
    'the %s section page applies its own <style>, and the policies together refuse any other inline style',
    async (locale) => {
      const { page, problems, close } = await visit(pagePath(locale, samples.chartSection(locale)));
      try {
        // The header allows inline styles; the page's <meta> policy allows its own <style> only.
        const response = await page.request.get(page.url());
        expect(response.headers()['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
        expect(await problems()).toEqual([]);
        // The page's stylesheet is in effect: the skip link is moved off screen, as global.css says.
        const skipLinkBottom = await page.locator('.skip-link').evaluate((link) => link.getBoundingClientRect().bottom);
        expect(skipLinkBottom).toBeLessThanOrEqual(0);
        const colourBefore = await page.locator('body').evaluate((body) => getComputedStyle(body).color);
        await page.evaluate(() => {
          const style = document.createElement('style');
          style.textContent = 'body { color: rgb(1, 2, 3) !important; }';
          document.head.append(style);
        });
        await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
        expect(await page.locator('body').evaluate((body) => getComputedStyle(body).color)).toBe(colourBefore);
        expect((await problems()).join('\n')).toMatch(/style-src/);
      } finally {
        await close();
      }
    },
  );
});

describe('site search', () => {
  /** The search page with a query in its address (/search/?q=快递), as a link to a search is written. */
  const searchLink = (locale: Locale, query: string) => `${pagePath(locale, 'search')}?q=${encodeURIComponent(query)}`;

  /** The result links the search page shows for a query, in order, all of them, waiting for Pagefind to answer. */
  async function search(locale: Locale, query: string, typed = false): Promise<string[]> {
    const path = typed ? pagePath(locale, 'search') : searchLink(locale, query);
    const page = await served.open(path);
    if (typed) await page.fill('.pagefind-ui__search-input', query);
    return allSearchResultLinks(page);
  }

  /**
   * Each search example with the section pages that hold it, and the first glossary term with the
   * glossary page: each must be found on those pages, in its own language only.
   */
  const findable = (locale: Locale) => [
    ...samples.searchWords(locale).map((query) => [query, samples.sectionsHolding(locale, query)] as const),
    [samples.glossaryTerms(locale)[0] ?? '', [pagePath(locale, 'glossary')]] as const,
  ];

  test.each(findable('zh'))('the Chinese search page finds %s in the Chinese report (%s), and only there', async (query, expected) => {
    const links = await search('zh', query);
    expect(links).toEqual(expect.arrayContaining([...expected]));
    for (const link of links) expect(link.startsWith('/en/'), link).toBe(false);
  });

  test.each(findable('en'))('the English search page finds "%s" in the English report (%s), and only there', async (query, expected) => {
    const links = await search('en', query);
    expect(links).toEqual(expect.arrayContaining([...expected]));
    for (const link of links) expect(link.startsWith('/en/'), link).toBe(true);
  });

  test.each(locales.flatMap((locale) => samples.keyFigures().map((figure) => [locale, figure.label[locale], figure.id] as const)))(
    'the %s search page lists a figure’s own page first for its label (%s)',
    async (locale, query, id) => {
      const links = await search(locale, query);
      expect(links[0]).toBe(pagePath(locale, figureSlug(id)));
    },
  );

  test.each(locales)('the %s search page applies Pagefind’s stylesheet and draws the box without moving anything', async (locale) => {
    const { page, close } = await visit(pagePath(locale, 'search'));
    try {
      // Each shift with what moved (element, box before and after), so that a failure says what it was.
      await page.evaluate(() => {
        const shifts: string[] = [];
        (window as unknown as { shifts: string[] }).shifts = shifts;
        type Shift = PerformanceEntry & {
          value: number;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        const box = ({ x, y, width, height }: DOMRectReadOnly) => `${x},${y} ${width}×${height}`;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            const moved = entry.sources.map(({ node, previousRect, currentRect }) => {
              const element = node instanceof Element ? node : node?.parentElement;
              return `${element?.tagName.toLowerCase() ?? '?'}${element?.className ? `.${String(element.className).split(' ').join('.')}` : ''} ${box(previousRect)} → ${box(currentRect)}`;
            });
            shifts.push(`${entry.value.toFixed(4)} at ${entry.startTime.toFixed(0)} ms: ${moved.join('; ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const input = page.locator('.pagefind-ui__search-input');
      await input.waitFor();
      // Pagefind's stylesheet sets the box's height: 64px at its default scale of 0.8.
      expect(await input.evaluate((element) => element.getBoundingClientRect().height)).toBeCloseTo(51.2, 0);
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a query typed into the search box is answered', async () => {
    const query = samples.searchWord('zh');
    const links = await search('zh', query, true);
    expect(links).toEqual(expect.arrayContaining(samples.sectionsHolding('zh', query)));
  });

  test.each(locales.map((locale) => [locale, samples.searchWord(locale)] as const))(
    'the %s search box is named by the page’s visible heading, and axe finds no violation with results shown',
    async (locale, query) => {
      const { page, close } = await visit(searchLink(locale, query));
      try {
        const heading = (await page.locator('h1').textContent()) ?? '';
        expect(heading).not.toBe('');
        await page.getByRole('textbox', { name: heading, exact: true }).waitFor();
        await page.waitForSelector('.pagefind-ui__result-link');
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  test.each([
    ['zh', 'zh-cn', 'en'],
    ['en', 'en', 'zh-cn'],
  ] as const)('the %s search page loads only its own language index', async (locale, own, other) => {
    const { page, requests, close } = await visit(searchLink(locale, samples.searchWord(locale)));
    try {
      await allSearchResultLinks(page);
    } finally {
      await close();
    }
    const indexFiles = requests.filter((url) => /\.pf_meta$|wasm\./.test(url));
    expect(indexFiles.some((url) => url.includes(`.${own}_`) || url.includes(`wasm.${own}.`))).toBe(true);
    expect(indexFiles.filter((url) => url.includes(`.${other}_`) || url.includes(`wasm.${other}.`))).toEqual([]);
  });

  test.each([
    ['zh', '正文'],
    ['en', 'skip'],
  ] as const)('the %s index holds the report, not the page chrome: "%s" (skip link) finds nothing', async (locale, word) => {
    const { page, close } = await visit(pagePath(locale, 'search'));
    try {
      // A string, not a function: Vitest would rewrite a function's import() for Node.
      const counts = await page.evaluate<{ chrome: number; report: number }>(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const count = async (term) => (await pagefind.search(term)).results.length;
        return { chrome: await count(${JSON.stringify(word)}), report: await count(${JSON.stringify(samples.searchWord(locale))}) };
      })()`);
      expect(counts.report).toBeGreaterThan(0);
      expect(counts.chrome).toBe(0);
    } finally {
      await close();
    }
  });
});
