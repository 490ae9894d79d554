import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';

/* The built _headers file, applied to every file of the built site as Netlify or Cloudflare Pages would. */
const siteDir = inject('siteDir');
const rules = parseHeadersFile(fs.readFileSync(path.join(siteDir, '_headers'), 'utf8'));
const files = fs
  .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => fs.statSync(path.join(siteDir, file)).isFile() && file !== '_headers')
  .map((file) => file.split(path.sep).join('/'));
/** The URL a host serves a file at: pages by their folder. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const revalidate = 'public, max-age=0, must-revalidate';

describe('_headers', () => {
  test('covers hashed assets, pages and the search index', () => {
    expect(files.some((file) => file.startsWith('_astro/') && file.endsWith('.css'))).toBe(true);
    expect(files.some((file) => file.startsWith('_astro/') && file.endsWith('.js'))).toBe(true);
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
  });

  test.each(files.map((file) => [urlOf(file)]))('%s: security headers, each header set once', (urlPath) => {
    const { headers, conflicts } = headersForPath(rules, urlPath);
    expect(conflicts).toEqual([]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline/);
  });

  test('hashed assets are cached for a year, pages and the search index revalidate', () => {
    for (const file of files) {
      const cacheControl = headersForPath(rules, urlOf(file)).headers['cache-control'];
      if (file.startsWith('_astro/')) expect(cacheControl, file).toBe('public, max-age=31536000, immutable');
      else if (file.endsWith('.html') || file.startsWith('pagefind/')) expect(cacheControl, file).toBe(revalidate);
    }
  });
});
