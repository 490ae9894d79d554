import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { brokenLinks } from '../../src/lib/site-checks/broken-links.ts';

const site = 'https://report.example.org';
const sites: string[] = [];

/** A built site in a temporary folder: file path → content. */
function builtSite(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  sites.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

afterAll(() => sites.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const html = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

describe('brokenLinks', () => {
  test('a site whose links all resolve', () => {
    const dir = builtSite({
      'index.html': html(
        '<main id="main"><a href="#main">skip</a> <a href="en/">en</a> <a href="/en/#top-figures">figures</a> <a href="/data.csv">csv</a> <a href="https://other.example.com/x">out</a> <a href="mailto:a@b.c">mail</a> <a href="https://report.example.org/en/">canonical</a><img src="/_astro/a.png" srcset="/_astro/a.png 1x, /_astro/a.png 2x"></main>',
      ),
      'en/index.html': html('<h2 id="top-figures">Figures</h2><a href="../">zh</a><a name="old"></a><a href="#old">old</a>'),
      'data.csv': 'a,b',
      '_astro/a.png': '',
      'sitemap-0.xml': `<urlset><url><loc>${site}/en/</loc><xhtml:link rel="alternate" hreflang="zh-CN" href="${site}/"/></url></urlset>`,
    });
    expect(brokenLinks(dir, { site })).toEqual([]);
  });

  test('reports missing pages, files and anchors, in pages and sitemaps', () => {
    const dir = builtSite({
      'index.html': html(
        '<a href="/en/#missing">a</a> <a href="/nowhere/">b</a> <a href="en">c</a> <link rel="stylesheet" href="/_astro/gone.css"><script src="/_astro/gone.js"></script>',
      ),
      'en/index.html': html('<a href="#%E6%95%B0%E6%8D%AE">d</a>'),
      'sitemap-0.xml': `<urlset><url><loc>${site}/old/</loc></url></urlset>`,
    });
    expect(brokenLinks(dir, { site }).sort()).toEqual(
      [
        '/: "/en/#missing" points to #missing, but /en/ has no element with id "missing"',
        '/: "/nowhere/" leads to /nowhere/, which is not a page or file of the site',
        '/: "en" leads to /en, which is not a page or file of the site (the page is /en/, with a trailing slash)',
        '/: "/_astro/gone.css" leads to /_astro/gone.css, which is not a page or file of the site',
        '/: "/_astro/gone.js" leads to /_astro/gone.js, which is not a page or file of the site',
        '/en/: "#%E6%95%B0%E6%8D%AE" points to #数据, but /en/ has no element with id "数据"',
        `/sitemap-0.xml: "${site}/old/" leads to /old/, which is not a page or file of the site`,
      ].sort(),
    );
  });

  test('under a base path, links must stay inside it', () => {
    const dir = builtSite({
      'index.html': html('<a href="/report/en/">ok</a> <a href="en/">relative ok</a> <a href="/en/">outside</a>'),
      'en/index.html': html(''),
    });
    expect(brokenLinks(dir, { site, base: '/report/' })).toEqual(['/: "/en/" is outside the site, which is served under /report/']);
  });
});
