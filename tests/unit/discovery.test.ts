import { describe, expect, test } from 'vitest';
import { robotsTxt } from '../../src/lib/seo/robots.ts';
import { inSitemap, sitemapLinks } from '../../src/lib/seo/sitemap-links.ts';
import { temporalCoverage } from '../../src/lib/seo/temporal-coverage.ts';

describe('sitemapLinks', () => {
  test.each([
    ['https://example.org/', '/', 'https://example.org/', 'https://example.org/en/'],
    ['https://example.org/en/talent/', '/', 'https://example.org/talent/', 'https://example.org/en/talent/'],
    ['https://example.org/talent/', '/', 'https://example.org/talent/', 'https://example.org/en/talent/'],
    ['https://example.org/report/en/', '/report/', 'https://example.org/report/', 'https://example.org/report/en/'],
    ['https://example.org/report/data/', '/report/', 'https://example.org/report/data/', 'https://example.org/report/en/data/'],
    [
      'https://example.org/report/english-courses/',
      '/report',
      'https://example.org/report/english-courses/',
      'https://example.org/report/en/english-courses/',
    ],
  ])('%s (base %s): zh-CN, en and x-default → the Chinese page', (url, base, zh, en) => {
    expect(sitemapLinks(url, 'https://example.org', base)).toEqual([
      { lang: 'zh-CN', url: zh },
      { lang: 'en', url: en },
      { lang: 'x-default', url: zh },
    ]);
  });

  test.each([
    ['a file, not a page', 'https://example.org/figures.csv', '/'],
    ['outside the base path', 'https://example.org/other/', '/report/'],
    ['another host', 'https://elsewhere.example/en/', '/'],
  ])('no links for %s', (_case, url, base) => {
    expect(sitemapLinks(url, 'https://example.org', base)).toEqual([]);
  });
});

describe('inSitemap', () => {
  test.each([
    ['https://example.org/parallel/talent/', '/', false],
    ['https://example.org/en/parallel/talent/', '/', false],
    ['https://example.org/report/en/parallel/talent/', '/report/', false],
    ['https://example.org/report/parallel/talent/', '/report', false],
    ['https://example.org/talent/', '/', true],
    ['https://example.org/en/talent/', '/', true],
    // A section whose slug starts with the folder's name is still a section.
    ['https://example.org/parallel-imports/', '/', true],
    ['https://example.org/parallel/talent/', '/report/', true],
  ])('%s (base %s): %s', (url, base, expected) => {
    expect(inSitemap(url, 'https://example.org', base)).toBe(expected);
  });
});

describe('robotsTxt', () => {
  test.each([
    ['https://example.org', '/', 'https://example.org/sitemap-index.xml'],
    ['https://example.org', '/report/', 'https://example.org/report/sitemap-index.xml'],
    ['https://example.org/', '/report', 'https://example.org/report/sitemap-index.xml'],
  ])('site %s, base %s: names the sitemap at %s', (site, base, sitemap) => {
    expect(robotsTxt(site, base)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
  });
});

describe('temporalCoverage', () => {
  test.each([
    [[2020, { endOf: 2020 }], '2020'],
    [[2016, { endOf: 2020 }, 2018], '2016/2020'],
  ] as const)('%j → %s', (periods, expected) => {
    expect(temporalCoverage(periods)).toBe(expected);
  });

  test('needs a period', () => {
    expect(() => temporalCoverage([])).toThrow('temporalCoverage needs at least one period');
  });
});
