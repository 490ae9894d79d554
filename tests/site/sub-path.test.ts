import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { prepareFixture } from '../helpers/fixtures.ts';
import { allSearchResultLinks } from '../helpers/search-results.ts';
import { filesUnder } from '../../src/lib/hosting/site-files.ts';
import { readFigureFiles } from '../../src/lib/content/read-figure-files.ts';
import { siteHeaders } from '../helpers/site-headers.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/*
 * A publication built with BASE_PATH=/report/ and served under /report/ only (anything outside
 * is a 404), as when it is published in a folder of a larger site: every page, asset, link,
 * alternate URL and the search must carry the prefix and resolve. The prefix is the code's work
 * (content holds no links to the site's own pages), so the fixture publication, which has a page of
 * every kind, stands for the report at a fraction of its build.
 */
const site = 'https://example.gov.test';
let root: string;
let siteDir: string;
let buildOutput: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = prepareFixture('sub-path');
  siteDir = path.join(root, 'report');
  const { status, output } = await astroBuild({ root, outDir: 'report', env: { BASE_PATH: '/report/', SITE_URL: site } });
  if (status !== 0) throw new Error(`The fixture does not build under /report/:\n${output}`);
  buildOutput = output;
  server = await serveStatic(siteDir, siteHeaders(siteDir), { prefix: '/report/' });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pageFiles = () => filesUnder(siteDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

describe('a build under /report/', () => {
  test('with SITE_URL set, a correct publication builds with no warning at all', () => {
    expect(buildOutput).not.toContain('SITE_URL');
    // Not Rolldown's MODULE_LEVEL_DIRECTIVE warning of each MDX file either (left out in astro.config.mjs).
    expect(buildOutput).not.toContain('[WARN]');
  });

  test('every link, stylesheet, script and image of every page is under /report/ and resolves', async () => {
    const targets = new Set<string>();
    for (const file of pageFiles()) {
      const html = parse(fs.readFileSync(path.join(siteDir, file), 'utf8'));
      for (const element of html.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const value = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (/^(https?:|#|mailto:)/.test(value)) continue;
        expect(value, `${file}: ${element.toString()}`).toMatch(/^\/report\//);
        targets.add(value.split('#')[0] ?? value);
      }
    }
    expect(targets.size).toBeGreaterThan(20);
    for (const target of targets) {
      const response = await fetch(new URL(target, server.url));
      expect(response.status, target).toBe(200);
    }
  });

  test('canonical, hreflang, Open Graph, JSON-LD, sitemap and robots.txt carry the prefix', () => {
    const page = parse(fs.readFileSync(path.join(siteDir, 'en/alpha/index.html'), 'utf8'));
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}/report/en/alpha/`);
    expect(
      page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    ).toEqual([
      ['zh-CN', `${site}/report/alpha/`],
      ['en', `${site}/report/en/alpha/`],
      ['x-default', `${site}/report/alpha/`],
    ]);
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${site}/report/og/en/alpha.png`);
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
    expect(jsonLd['url']).toBe(`${site}/report/en/alpha/`);
    const dataset = parse(fs.readFileSync(path.join(siteDir, 'data/index.html'), 'utf8'));
    expect(dataset.querySelector('script[type="application/ld+json"]')?.textContent).toContain(`${site}/report/figures.csv`);
    expect(fs.readFileSync(path.join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/report/sitemap-index.xml`);
    const sitemap = fs.readFileSync(path.join(siteDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    // home, the whole report, data, search, the glossary, the list of figures, About, every section
    // and every figure, in two languages; no side-by-side page, in either language's place
    expect(locs).toContain(`${site}/report/en/full/`);
    expect(locs).toContain(`${site}/report/en/figures/`);
    expect(locs.filter((loc) => loc.includes('/parallel/'))).toEqual([]);
    const figures = readFigureFiles(path.join(root, 'content', 'figures'));
    expect(locs.length).toBe(2 * (7 + fs.readdirSync(path.join(root, 'content', 'sections', 'zh')).length + figures.length));
    for (const loc of locs) expect(loc.startsWith(`${site}/report/`), loc).toBe(true);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${site}/report/alpha/"/>`);
  });

  test('in Chromium: styled pages, the language switch, and search from /report/pagefind/', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(`${server.url}/report/`);
      expect(await page.$eval('.site-header', (element) => getComputedStyle(element).display)).toBe('flex');
      await page.click('.language-switch a[hreflang="en"]');
      await page.waitForURL(`${server.url}/report/en/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.click(`.site-header nav a[href="/report/en/search/"]`);
      await page.waitForURL(`${server.url}/report/en/search/`);
      await page.fill('.pagefind-ui__search-input', 'express delivery');
      const links = await allSearchResultLinks(page);
      expect(links).toContain('/report/en/alpha/');
      for (const link of links) expect(link.startsWith('/report/en/'), link).toBe(true);
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
