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
   * page's own scripts keep no state beyond the document (no storage, no cookies). A test
   * that records requests, listens to the page, adds init scripts or turns JavaScript off opens a
   * context of its own.
   */
  open: (urlPath: string, options?: ViewOptions) => Promise<Page>;
}

/**
 * For a browser test file: serve a built site on 127.0.0.1 with the headers of its own _headers
 * file (its CSP included), as a CDN would, and launch Chromium once; both end with the file.
 * The fields are filled in by beforeAll, so read them inside tests.
 */
export function useServedSite(siteDir: string): ServedSite {
  let shared: Page | undefined;
  const served = {
    open: async (urlPath, { width = 390, height = 800, colorScheme = 'light', reducedMotion = 'no-preference' } = {}) => {
      shared ??= await (await served.browser.newContext()).newPage();
      await shared.setViewportSize({ width, height });
      await shared.emulateMedia({ media: 'screen', colorScheme, reducedMotion });
      await shared.goto(new URL(urlPath, served.server.url).href);
      return shared;
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
