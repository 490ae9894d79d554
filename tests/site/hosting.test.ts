import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { filesUnder, servedPath } from '../helpers/site-files.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { nginxBlock, nginxHeadersFor, parseNginxExample } from '../helpers/nginx-config.ts';

/* The built _headers file, applied to every file of the built site as Netlify or Cloudflare Pages would. */
const siteDir = inject('siteDir');
const rules = parseHeadersFile(fs.readFileSync(path.join(siteDir, '_headers'), 'utf8'));
const files = filesUnder(siteDir).filter((file) => file !== '_headers');
const urlOf = servedPath;
const headersOf = (file: string) => headersForPath(rules, urlOf(file)).headers;
const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
const revalidate = 'public, max-age=0, must-revalidate';

describe('_headers', () => {
  test('covers hashed assets, pages, downloads and the search index', () => {
    expect(files.some((file) => file.startsWith('_astro/') && file.endsWith('.js'))).toBe(true);
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(files).toEqual(expect.arrayContaining(['figures.csv', 'figures.json', 'robots.txt', 'sitemap-index.xml', 'og-image.png']));
  });

  test.each(files.map((file) => [urlOf(file)]))('%s: security headers, each header set once', (urlPath) => {
    const { headers, conflicts } = headersForPath(rules, urlPath);
    expect(conflicts).toEqual([]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    // Inline styles in the header; each page's <meta> policy narrows them to its own (below).
    expect(csp).toMatch(/(^|; )style-src 'self' 'unsafe-inline'(;|$)/);
    expect(csp).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(csp.replace("style-src 'self' 'unsafe-inline'", '')).not.toMatch(/unsafe-inline/);
  });

  test('hashed assets are cached for a year, pages and the search index revalidate, downloads keep an hour', () => {
    for (const file of files) {
      const cacheControl = headersOf(file)['cache-control'];
      if (file.startsWith('_astro/')) expect(cacheControl, file).toBe('public, max-age=31536000, immutable');
      else if (file.endsWith('.html') || file.startsWith('pagefind/')) expect(cacheControl, file).toBe(revalidate);
      else expect(cacheControl, file).toBe('public, max-age=3600');
    }
  });

  test('pages carry their language, which the 404 page and the side-by-side pages have both of, and no other file does', () => {
    for (const file of files) {
      const language = headersOf(file)['content-language'];
      if (!pages.includes(file)) expect(language, file).toBeUndefined();
      else if (file === '404.html' || file.startsWith('parallel/')) expect(language, file).toBe('zh-CN, en');
      else expect(language, file).toBe(file.startsWith('en/') ? 'en' : 'zh-CN');
    }
  });
});

/** A policy as its directives, so that two spellings of the same policy compare equal. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => [part.split(/\s+/)[0] ?? '', part.split(/\s+/).slice(1).join(' ')]),
  );

describe('_headers, the meta CSP of every page and the nginx example of README.md agree', () => {
  const headerPolicy = directives(headersOf('index.html')['content-security-policy'] ?? '');
  const nginx = parseNginxExample(nginxBlock(fs.readFileSync('README.md', 'utf8')));

  test.each(pages)(
    '%s: the meta CSP, before the page’s one <style>, is the header policy without frame-ancestors, allowing that <style> by its hash',
    (file) => {
      const source = fs.readFileSync(path.join(siteDir, file), 'utf8');
      const html = parse(source);
      const metas = html
        .querySelectorAll('meta')
        .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(metas).toHaveLength(1);
      const styles = html.querySelectorAll('style');
      expect(styles).toHaveLength(1);
      // A <meta> policy governs only the elements after it.
      expect(source.indexOf('<meta http-equiv="Content-Security-Policy"')).toBeLessThan(source.indexOf('<style'));
      // The hash computed here from the page's own <style>, not by the site's code.
      const sha256 = crypto
        .createHash('sha256')
        .update(styles[0]?.rawText ?? '')
        .digest('base64');
      const { 'frame-ancestors': frameAncestors, ...withoutFrameAncestors } = headerPolicy;
      expect(frameAncestors).toBe("'none'");
      expect(directives(metas[0]?.getAttribute('content') ?? '')).toEqual({
        ...withoutFrameAncestors,
        'style-src': `'self' 'sha256-${sha256}'`,
      });
    },
  );

  test('nginx sends every file the headers _headers gives it', () => {
    const pagefindFile = files.find((file) => file.startsWith('pagefind/')) ?? '';
    for (const file of [...files, pagefindFile]) {
      // nginx's $uri is the file it serves: /en/talent/index.html for /en/talent/.
      expect(nginxHeadersFor(nginx, `/${file}`), file).toEqual(headersOf(file));
    }
  });
});
