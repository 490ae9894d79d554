import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { brokenLinks } from '../../src/lib/site-checks/broken-links.ts';
import { filesUnder } from '../../src/lib/hosting/site-files.ts';
import { formatLanguageRun, unmarkedLanguageRuns } from '../../src/lib/site-checks/language-marking.ts';
import { formatPunctuationSlip, punctuationSlips } from '../../src/lib/site-checks/punctuation.ts';
import { defaultSiteUrl } from '../../src/lib/seo/site-url.ts';

/** Quality gates over the real report in dist/ (tests/helpers/report-dist.ts). */
const siteDir = inject('siteDir');
/** The default SITE_URL of astro.config.mjs, which the global setup builds with. */
const site = defaultSiteUrl;

const htmlPages = filesUnder(siteDir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file}`);

describe('language marking', () => {
  test('the site has pages in both languages to check', () => {
    expect(htmlPages).toContain('/index.html');
    expect(htmlPages).toContain('/en/index.html');
  });

  test.each(htmlPages)('%s: no Chinese unmarked in English text, no English unmarked in Chinese text', (page) => {
    const runs = unmarkedLanguageRuns(fs.readFileSync(path.join(siteDir, page), 'utf8'));
    expect(runs.map((run) => formatLanguageRun(page, run))).toEqual([]);
  });
});

describe('punctuation', () => {
  test.each(htmlPages)('%s: full-width punctuation beside Chinese, curly apostrophes in English', (page) => {
    const slips = punctuationSlips(fs.readFileSync(path.join(siteDir, page), 'utf8'));
    expect(slips.map((slip) => formatPunctuationSlip(page, slip))).toEqual([]);
  });
});

describe('link integrity', () => {
  test('every internal link and #anchor leads to a page or file and an element id', () => {
    expect(brokenLinks(siteDir, { site })).toEqual([]);
  });
});
