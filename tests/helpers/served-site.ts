import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { siteHeaders } from './site-headers.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ViewOptions {
  /** The window's width in CSS pixels; 390 (a phone) unless given. */
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** false: load the page as a reader with JavaScript turned off does (a shared page of its own). */
  javaScript?: boolean;
}

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
  /**
   * Loads `urlPath` into the file's one shared page, first set to this window size and scheme.
   * A fresh context for each test costs a new renderer process and an empty cache, about half a
   * second of CPU, which most of a browser test's time was. A test that only reads what a page shows
   * shares this page: every call loads a new document (give a path without a #fragment: a change of
   * fragment alone would keep the document), which resets scroll, focus and script state, and the
   * page's own scripts keep no state beyond the document (no storage, no cookies). Pages with
   * JavaScript off share a second page, in a context that has it off. A test that records
   * requests, listens to the page or adds init scripts opens a context of its own (browser.test.ts
   * keeps one, without a cache, for all of its visits).
   */
  open: (urlPath: string, options?: ViewOptions) => Promise<Page>;
}

/**
 * For a browser test file: serve a built site on 127.0.0.1 with the headers of its own _headers
 * file (its CSP included), as a CDN would, and launch Chromium once; both end with the file.
 * The fields are filled in by beforeAll, so read them inside tests.
 */
export function useServedSite(siteDir: string): ServedSite {
  const shared = new Map<boolean, Page>();
  const served = {
    open: async (
      urlPath,
      { width = 390, height = 800, colorScheme = 'light', reducedMotion = 'no-preference', javaScript = true } = {},
    ) => {
      const page = shared.get(javaScript) ?? (await (await served.browser.newContext({ javaScriptEnabled: javaScript })).newPage());
      shared.set(javaScript, page);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ media: 'screen', colorScheme, reducedMotion });
      await page.goto(new URL(urlPath, served.server.url).href);
      return page;
    },
  } as ServedSite;
  beforeAll(async () => {
    served.server = await serveStatic(siteDir, siteHeaders(siteDir));
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
