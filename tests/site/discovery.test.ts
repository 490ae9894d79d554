import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import en from '../../src/i18n/ui/en.json';
import zh from '../../src/i18n/ui/zh.json';
import { interpolate } from '../../src/i18n/ui.ts';
import { figureTitle } from '../../src/lib/format/figure-title.ts';
import { isSideBySidePath } from '../../src/i18n/paths.ts';
import { defaultSiteUrl } from '../../src/lib/seo/site-url.ts';
import { temporalCoverage } from '../../src/lib/seo/temporal-coverage.ts';
import { readPage, realContent } from '../helpers/site.ts';
import { pngSize } from '../helpers/png-size.ts';
import { pagePaths as builtPages } from '../../src/lib/hosting/site-files.ts';

/*
 * What search engines and link previews read, on every page of the built report: head tags,
 * structured data, sitemap and robots.txt. The site URL is the default of astro.config.mjs.
 */
const siteDir = inject('siteDir');
const site = defaultSiteUrl;

/** Every HTML page of the site by URL path (`/en/talent/`), the 404 page apart. */
// The side-by-side pages are noindex, with no per-language versions: parallel.test.ts checks their head.
const pagePaths = builtPages(siteDir).filter((urlPath) => urlPath.endsWith('/') && !isSideBySidePath(urlPath));
const pages = new Map(pagePaths.map((urlPath) => [urlPath, readPage(siteDir, urlPath)]));
const page = (urlPath: string) => pages.get(urlPath) as HTMLElement;

const meta = (root: HTMLElement, key: string) =>
  root.querySelector(`meta[name="${key}"], meta[property="${key}"], meta[http-equiv="${key}"]`)?.getAttribute('content');
const alternatesOf = (root: HTMLElement) =>
  root.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
const jsonLdOf = (root: HTMLElement) =>
  root.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
const isEnglish = (urlPath: string) => urlPath.startsWith('/en/');
const isFigurePage = (urlPath: string) => /^(\/en)?\/figures\/[^/]+\//.test(urlPath);
/** The page's own preview image: /og/<locale>/<slug>.png, index for the home page. */
const previewImagePath = (urlPath: string) => {
  const slug = (isEnglish(urlPath) ? urlPath.slice(4) : urlPath.slice(1)).replace(/\/$/, '');
  return `/og/${isEnglish(urlPath) ? 'en' : 'zh'}/${slug === '' ? 'index' : slug}.png`;
};
/** The cited release, read from content/sources.yaml here rather than through the site's code. */
const release = realContent.release();
const counterpart = (urlPath: string) => (isEnglish(urlPath) ? urlPath.slice(3) : `/en${urlPath}`);

/**
 * The title and description a page must carry, from the files editors write: a section's front
 * matter, report.yaml for the home page, the UI dictionary for the data and search pages. Every
 * title but the home page's ends with the report's title.
 */
function expectedHead(urlPath: string): [title: string, description: string] {
  const locale = isEnglish(urlPath) ? 'en' : 'zh';
  const slug = (isEnglish(urlPath) ? urlPath.slice(3) : urlPath).replace(/\//g, '');
  const report = realContent.report();
  const ui = locale === 'en' ? en : zh;
  const page = (title: string, description: string): [string, string] => [`${title} | ${report.title[locale]}`, description];
  if (slug === '') return [report.title[locale], report.summary[locale]];
  if (slug === 'data') return page(ui['data.title'], ui['data.description']);
  if (slug === 'search')
    return page(ui['search.title'], interpolate(ui['search.description'], { examples: report.searchExamples[locale] }));
  if (slug === 'full') return page(ui['full.title'], ui['full.description']);
  if (slug === 'glossary') return page(ui['glossary.title'], ui['glossary.description']);
  if (slug === 'figures') return page(ui['figures.title'], ui['figures.description']);
  if (slug === 'about') return page(ui['about.title'], ui['about.description']);
  if (isFigurePage(urlPath)) {
    // A figure page's title is its answer (what, when: value); figure-title.test.ts pins that text.
    const figure = realContent.figures().find(({ id }) => urlPath.endsWith(`/figures/${id}/`))!;
    const title = figureTitle(figure, locale);
    return page(title, interpolate(ui['figure.description'], { title }));
  }
  const { title, description } = realContent.frontMatter(locale, slug);
  return page(title, description);
}

test('the site has home, the whole report, data, search, the glossary, the list of figures, about, every section and every figure in both languages', () => {
  expect(pagePaths).toContain('/');
  expect(pagePaths).toContain('/en/search/');
  expect(pagePaths).toContain('/full/');
  expect(pagePaths).toContain('/en/glossary/');
  expect(pagePaths).toContain('/figures/');
  expect(pagePaths).toContain('/en/about/');
  expect(pagePaths.length).toBe(2 * (8 + 7 + realContent.figures().length));
  for (const urlPath of pagePaths) expect(pagePaths, urlPath).toContain(counterpart(urlPath));
});

describe.each(pagePaths)('%s', (urlPath) => {
  const root = page(urlPath);
  const lang = isEnglish(urlPath) ? 'en' : 'zh-CN';
  const canonical = `${site}${urlPath}`;

  test('title and description from the content files, language and canonical URL', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect([root.querySelector('title')?.text, meta(root, 'description')]).toEqual(expectedHead(urlPath));
    // Obsolete in HTML (the Nu checker rejects it): the language goes in the Content-Language header (tests/site/hosting.test.ts).
    expect(meta(root, 'content-language')).toBeUndefined();
    expect(root.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href'))).toEqual([canonical]);
  });

  test('hreflang zh-CN, en and x-default (the Chinese page), the same list on the other language version', () => {
    const zh = isEnglish(urlPath) ? counterpart(urlPath) : urlPath;
    const expected = [
      ['zh-CN', `${site}${zh}`],
      ['en', `${site}/en${zh}`],
      ['x-default', `${site}${zh}`],
    ];
    expect(alternatesOf(root)).toEqual(expected);
    expect(alternatesOf(page(counterpart(urlPath)))).toEqual(expected);
  });

  test('Open Graph and Twitter card, with a 1200×630 preview image of its own', () => {
    expect(meta(root, 'og:title')).toBe(root.querySelector('title')?.text);
    expect(meta(root, 'og:description')).toBe(meta(root, 'description'));
    expect(meta(root, 'og:url')).toBe(canonical);
    expect(meta(root, 'og:type')).toMatch(/^(website|article)$/);
    expect(meta(root, 'og:locale')).toBe(isEnglish(urlPath) ? 'en_GB' : 'zh_CN');
    expect(meta(root, 'og:locale:alternate')).toBe(isEnglish(urlPath) ? 'zh_CN' : 'en_GB');
    const image = meta(root, 'og:image') ?? '';
    expect(image).toBe(`${site}${previewImagePath(urlPath)}`);
    expect(pngSize(fs.readFileSync(path.join(siteDir, previewImagePath(urlPath))))).toEqual({ width: 1200, height: 630 });
    expect(meta(root, 'og:image:alt')).toBe(root.querySelector('title')?.text);
    expect(meta(root, 'twitter:card')).toBe('summary_large_image');
    expect(meta(root, 'twitter:image')).toBe(image);
    expect(meta(root, 'twitter:title')).toBe(meta(root, 'og:title'));
  });

  test('JSON-LD that parses: a Report, a Dataset on the data and figure pages, a DefinedTermSet on the glossary, nothing on the search page, the list of figures and About', () => {
    const data = jsonLdOf(root);
    const kind = /\/(search|figures|about)\/$/.test(urlPath)
      ? undefined
      : urlPath.endsWith('/data/') || isFigurePage(urlPath)
        ? 'Dataset'
        : urlPath.endsWith('/glossary/')
          ? 'DefinedTermSet'
          : 'Report';
    expect(data.map((item) => item['@type'])).toEqual(kind ? [kind] : []);
    if (kind) expect(data[0]).toMatchObject({ '@context': 'https://schema.org', url: canonical, inLanguage: lang });
  });
});

describe('structured data', () => {
  test.each(pagePaths.filter((urlPath) => !/\/(search|glossary|about|figures)\/$/.test(urlPath)))(
    '%s is based on the source’s release, under its own title; its publisher is not the page’s author, publisher or creator',
    (urlPath) => {
      const [data] = jsonLdOf(page(urlPath));
      const publisher = release.publisher[isEnglish(urlPath) ? 'en' : 'zh'];
      expect(data?.['isBasedOn']).toEqual({
        '@type': 'CreativeWork',
        name: release.title.zh,
        inLanguage: 'zh-CN',
        author: { '@type': 'GovernmentOrganization', name: publisher },
        datePublished: release.date.toISOString().slice(0, 10),
      });
      for (const field of ['author', 'publisher', 'creator', 'datePublished'])
        expect(data, `${urlPath} ${field}`).not.toHaveProperty(field);
    },
  );

  test.each(pagePaths.filter((urlPath) => !/\/(data|search|glossary|figures|about)\/$/.test(urlPath) && !isFigurePage(urlPath)))(
    '%s is a Report, linked to its translation',
    (urlPath) => {
      const [report] = jsonLdOf(page(urlPath));
      expect(report).toMatchObject({
        '@type': 'Report',
        workTranslation: [{ '@type': 'Report', url: `${site}${counterpart(urlPath)}`, inLanguage: isEnglish(urlPath) ? 'zh-CN' : 'en' }],
      });
      if (urlPath !== '/' && urlPath !== '/en/')
        expect(report?.['isPartOf']).toMatchObject({ '@id': `${site}${isEnglish(urlPath) ? '/en/' : '/'}` });
    },
  );

  test.each(['/data/', '/en/data/'])('%s is a Dataset whose distributions are the CSV and JSON downloads', (urlPath) => {
    const [dataset] = jsonLdOf(page(urlPath));
    expect(dataset?.['distribution']).toEqual([
      { '@type': 'DataDownload', contentUrl: `${site}/figures.csv`, encodingFormat: 'text/csv' },
      { '@type': 'DataDownload', contentUrl: `${site}/figures.json`, encodingFormat: 'application/json' },
    ]);
    expect(fs.existsSync(path.join(siteDir, 'figures.csv')) && fs.existsSync(path.join(siteDir, 'figures.json'))).toBe(true);
    const locale = urlPath === '/data/' ? 'zh' : 'en';
    const figures = realContent.figures();
    expect(dataset).toMatchObject({
      temporalCoverage: temporalCoverage(figures.map((figure) => figure.period)),
      spatialCoverage: { '@type': 'Place', name: realContent.report().spatialCoverage[locale] },
      isAccessibleForFree: true,
    });
    // Every figure's label, in the order of the content store, which this test does not read.
    expect([...(dataset?.['variableMeasured'] as string[])].sort()).toEqual(figures.map((figure) => figure.label[locale]).sort());
  });

  test('every page has its own description', () => {
    const descriptions = pagePaths.map((urlPath) => meta(page(urlPath), 'description'));
    expect(new Set(descriptions).size).toBe(pagePaths.length);
  });
});

describe('the 404 page', () => {
  const notFound = readPage(siteDir, '404.html');

  test('has a title and a description, is not indexed and claims no URL', () => {
    const { title } = realContent.report();
    expect(notFound.querySelector('title')?.text).toBe(`页面不存在 · Page not found | ${title.zh}`);
    expect(meta(notFound, 'description')).toBe(
      `您要找的页面不存在或已移动。The page you asked for does not exist or has moved. ${title.zh} · ${title.en}`,
    );
    expect(meta(notFound, 'robots')).toBe('noindex');
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    expect(alternatesOf(notFound)).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  const urls = () => {
    const index = fs.readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(sitemaps.length).toBeGreaterThan(0);
    return sitemaps.flatMap((sitemapUrl) => {
      const xml = parse(fs.readFileSync(path.join(siteDir, new URL(sitemapUrl).pathname), 'utf8'), { voidTag: { tags: [] } });
      return xml.querySelectorAll('url').map((entry) => ({
        loc: entry.querySelector('loc')?.text ?? '',
        links: entry.querySelectorAll('xhtml\\:link').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      }));
    });
  };

  test('the sitemap lists every page, and nothing else (no 404)', () => {
    expect(
      urls()
        .map((entry) => entry.loc)
        .sort(),
    ).toEqual(pagePaths.map((urlPath) => `${site}${urlPath}`).sort());
  });

  test('each entry carries the same hreflang alternates as the page, x-default included', () => {
    for (const { loc, links } of urls()) {
      expect(links, loc).toEqual(alternatesOf(page(new URL(loc).pathname)));
      expect(
        links.map(([hreflang]) => hreflang),
        loc,
      ).toEqual(['zh-CN', 'en', 'x-default']);
    }
  });

  test('robots.txt names the sitemap by its absolute URL', () => {
    const robots = fs.readFileSync(path.join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${site}/sitemap-index.xml$`, 'm'));
    expect(fs.existsSync(path.join(siteDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('search markup', () => {
  test.each(pagePaths)(
    '%s: search indexes the main content only (not /full/ or the list of figures, whose passages and labels other pages hold), and only search, the data table and a figure page’s copy buttons load a script',
    (urlPath) => {
      const root = page(urlPath);
      const isSearch = urlPath.endsWith('/search/');
      const bodies = root.querySelectorAll('[data-pagefind-body]');
      expect(bodies.map((element) => element.tagName)).toEqual(isSearch || /\/(full|figures)\/$/.test(urlPath) ? [] : ['MAIN']);
      expect(root.querySelector('header [data-pagefind-body], footer [data-pagefind-body]')).toBeNull();
      root.querySelectorAll('.pager').forEach((pager) => expect(pager.hasAttribute('data-pagefind-ignore')).toBe(true));
      const scripts = root.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json');
      // Charts are drawn at build time; the data page's table and a figure page's copy buttons bring
      // their own script; no other page but search may load JavaScript.
      const hasOwnScript = root.querySelector('copy-citation, table[data-figures-table]') !== null;
      if (!isSearch && !hasOwnScript) expect(scripts.map((script) => script.toString())).toEqual([]);
      // No inline script anywhere: the CSP (src/lib/hosting/security-headers.ts) would block it.
      for (const script of scripts) expect(script.getAttribute('src'), script.toString()).toBeTruthy();
    },
  );

  test.each(['/', '/en/'])('the header of %s leads to the search page of its language', (home) => {
    const links = page(home)
      .querySelectorAll('.site-header nav a')
      .map((link) => link.getAttribute('href'));
    expect(links).toContain(`${home}search/`);
  });

  test.each(['/search/', '/en/search/'])('%s loads Pagefind UI from the site itself, after its first paint', (urlPath) => {
    const root = page(urlPath);
    // Nothing of Pagefind in the HTML, where it would block the first paint: the module script adds
    // its stylesheet and script from the bundle path (browser.test.ts sees them load and apply).
    expect(root.querySelectorAll('link[href*="pagefind"], script[src*="pagefind"]').map(String)).toEqual([]);
    const module = root.querySelector('script[type="module"][src^="/_astro/"]')?.getAttribute('src') ?? '';
    const code = fs.readFileSync(path.join(siteDir, module), 'utf8');
    expect(code).toContain('pagefind-ui.css');
    expect(code).toContain('pagefind-ui.js');
    expect(root.querySelector('#site-search')?.getAttribute('data-bundle-path')).toBe('/pagefind/');
    expect(fs.existsSync(path.join(siteDir, 'pagefind', 'pagefind-ui.js'))).toBe(true);
    expect(fs.existsSync(path.join(siteDir, 'pagefind', 'pagefind-ui.css'))).toBe(true);
  });
});
