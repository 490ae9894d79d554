import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { filesUnder, isCompressedCopy, servedPath } from '../../src/lib/hosting/site-files.ts';
import { isSideBySidePath } from '../../src/i18n/paths.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { isPrecompressible } from '../../src/lib/hosting/precompress.ts';

/* The built _headers file, applied to every file of the built site as Netlify or Cloudflare Pages would. */
const siteDir = inject('siteDir');
const rules = parseHeadersFile(fs.readFileSync(path.join(siteDir, '_headers'), 'utf8'));
const files = filesUnder(siteDir).filter((file) => file !== '_headers' && !isCompressedCopy(file));
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
      else if (file === '404.html' || isSideBySidePath(file)) expect(language, file).toBe('zh-CN, en');
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

// deploy/nginx.conf sends the same headers: tests/site/nginx.test.ts serves the site with it in nginx.
describe('_headers and the meta CSP of every page agree', () => {
  const headerPolicy = directives(headersOf('index.html')['content-security-policy'] ?? '');

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
});

describe('precompressed copies (src/integrations/finish-site/, the last step of `astro build`)', () => {
  const everyFile = filesUnder(siteDir);
  const textFiles = files.filter(isPrecompressible);

  test('every text file has a Brotli and a gzip copy that decode to its bytes, or none when it would not be smaller', () => {
    expect(textFiles).toEqual(expect.arrayContaining(['index.html', 'en/full/index.html', 'figures.csv', 'pagefind/pagefind-ui.js']));
    for (const file of textFiles) {
      const bytes = fs.readFileSync(path.join(siteDir, file));
      for (const [suffix, decode] of [
        ['.br', brotliDecompressSync],
        ['.gz', gunzipSync],
      ] as const) {
        const copy = path.join(siteDir, file + suffix);
        if (fs.existsSync(copy)) expect(decode(fs.readFileSync(copy)).equals(bytes), file + suffix).toBe(true);
        else expect(bytes.length, `${file} has no ${suffix} copy`).toBeLessThan(100);
      }
    }
  });

  test('no copy of a binary file, and no copy without its file', () => {
    const copies = everyFile.filter(isCompressedCopy);
    expect(copies.length).toBeGreaterThanOrEqual(textFiles.length);
    for (const copy of copies) expect(textFiles, copy).toContain(copy.slice(0, copy.lastIndexOf('.')));
  });

  test('the whole report’s page, in Brotli, fits the first round trip of a new connection (14.6 KB, ten TCP segments) with its headers', () => {
    for (const file of ['full/index.html', 'en/full/index.html']) {
      // `Name: value` and a line break per header of _headers, and about 200 bytes for the status
      // line and the headers every server adds (Content-Type, Content-Encoding, Vary, Date ...).
      const headerBytes = Object.entries(headersOf(file)).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 200);
      expect(fs.statSync(path.join(siteDir, `${file}.br`)).size + headerBytes, file).toBeLessThan(10 * 1460);
    }
  });

  test('the benchmark’s server sends the copy a browser accepts, with the file’s type, as deploy/nginx.conf does in nginx', async () => {
    const server = await serveStatic(siteDir, () => ({}), { compress: true });
    try {
      const original = fs.readFileSync(path.join(siteDir, 'en/full/index.html'));
      for (const [acceptEncoding, encoding, decode] of [
        ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
        ['gzip, deflate', 'gzip', gunzipSync],
        ['identity', null, (bytes: Buffer) => bytes],
      ] as const) {
        // node:http, not fetch: fetch would decode the body and hide which encoding was sent.
        const { headers, body } = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
          http
            .get(`${server.url}/en/full/`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
            })
            .on('error', reject);
        });
        expect(headers['content-encoding'] ?? null, acceptEncoding).toBe(encoding);
        expect(headers['content-type']).toBe('text/html; charset=utf-8');
        expect(headers.vary).toBe('Accept-Encoding');
        expect(decode(body).equals(original), acceptEncoding).toBe(true);
      }
    } finally {
      await server.close();
    }
  });
});
