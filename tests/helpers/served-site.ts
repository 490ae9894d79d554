import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { siteHeaders } from './site-headers.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
}

/**
 * For a browser test file: serve a built site on 127.0.0.1 with the headers of its own _headers
 * file (its CSP included), as a CDN would, and launch Chromium once; both end with the file.
 * The fields are filled in by beforeAll, so read them inside tests.
 */
export function useServedSite(siteDir: string): ServedSite {
  const served = {} as ServedSite;
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
