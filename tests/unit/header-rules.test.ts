import { describe, expect, test } from 'vitest';
import { headerRules, serialiseHeaderRules } from '../../src/lib/hosting/header-rules.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../src/lib/hosting/security-headers.ts';

const files = [
  'index.html',
  'talent/index.html',
  'en/index.html',
  'en/talent/index.html',
  '404.html',
  '_astro/app.1a2b.js',
  'figures.csv',
  'robots.txt',
  'data/charts/a.csv',
  'data/charts/b.csv',
];

describe('headerRules', () => {
  test('security headers everywhere, and per path the cache policy and the language of pages', () => {
    const rules = parseHeadersFile(serialiseHeaderRules(headerRules(files, '/')));
    const at = (urlPath: string) => headersForPath(rules, urlPath);
    expect(rules.map((rule) => rule.pattern)).toEqual([
      '/*',
      '/_astro/*',
      '/pagefind/*',
      '/404.html',
      '/en/',
      '/en/talent/',
      '/figures.csv',
      '/',
      '/robots.txt',
      '/talent/',
      '/data/charts/*',
    ]);
    expect(at('/en/').headers['content-language']).toBe('en');
    expect(at('/en/talent/').headers['content-language']).toBe('en');
    expect(at('/').headers['content-language']).toBe('zh-CN');
    expect(at('/talent/').headers['content-language']).toBe('zh-CN');
    expect(at('/404.html').headers['content-language']).toBe('zh-CN, en');
    expect(at('/_astro/app.1a2b.js').headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(at('/pagefind/pagefind.js').headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(at('/talent/').headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(at('/data/charts/a.csv').headers['cache-control']).toBe('public, max-age=3600');
    expect(at('/robots.txt').headers['cache-control']).toBe('public, max-age=3600');
    expect(at('/robots.txt').headers['content-language']).toBeUndefined();
    expect(at('/en/talent/').headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(at('/figures.csv').headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(at('/').headers['cross-origin-opener-policy']).toBe('same-origin');
    for (const file of files) expect(at(`/${file}`).conflicts, file).toEqual([]);
  });

  test('pages of a folder that holds only pages (one per figure) share one rule, so the file stays under 100 rules', () => {
    const figurePages = ['a.one', 'a.two', 'b.three'].flatMap((id) => [`figures/${id}/index.html`, `en/figures/${id}/index.html`]);
    const rules = parseHeadersFile(serialiseHeaderRules(headerRules([...files, ...figurePages], '/')));
    const patterns = rules.map((rule) => rule.pattern);
    expect(patterns.filter((pattern) => pattern.includes('figures/'))).toEqual(['/en/figures/*', '/figures/*']);
    // Folders with a page of their own, or with other files, keep a rule per page.
    expect(patterns).toContain('/en/talent/');
    expect(patterns).toContain('/data/charts/*');
    const at = (urlPath: string) => headersForPath(rules, urlPath);
    expect(at('/en/figures/a.one/').headers['content-language']).toBe('en');
    expect(at('/figures/b.three/').headers['content-language']).toBe('zh-CN');
    expect(at('/figures/b.three/').headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(at('/figures.csv').headers['cache-control']).toBe('public, max-age=3600');
    for (const file of figurePages) expect(at(`/${file.replace(/index\.html$/, '')}`).conflicts, file).toEqual([]);
  });

  test('side-by-side pages share one rule, and say they are in every language', () => {
    const sideBySide = ['parallel/talent/index.html', 'parallel/couriers/index.html'];
    const rules = parseHeadersFile(serialiseHeaderRules(headerRules([...files, ...sideBySide], '/')));
    expect(rules.map((rule) => rule.pattern).filter((pattern) => pattern.includes('parallel'))).toEqual(['/parallel/*']);
    const { headers, conflicts } = headersForPath(rules, '/parallel/talent/');
    expect(headers['content-language']).toBe('zh-CN, en');
    expect(conflicts).toEqual([]);
  });

  test('a download folder inside another one is covered by the outer rule, so no header is set twice', () => {
    const images = ['og/en/index.png', 'og/en/figures/a.one.png', 'og/zh/index.png', 'og/zh/figures/a.one.png'];
    const rules = parseHeadersFile(serialiseHeaderRules(headerRules([...files, ...images], '/')));
    expect(rules.map((rule) => rule.pattern).filter((pattern) => pattern.startsWith('/og/'))).toEqual(['/og/en/*', '/og/zh/*']);
    for (const image of images) {
      const { headers, conflicts } = headersForPath(rules, `/${image}`);
      expect(conflicts, image).toEqual([]);
      expect(headers['cache-control'], image).toBe('public, max-age=3600');
    }
  });

  test('under a base path, every rule carries it', () => {
    const patterns = headerRules(files, '/report/').map((rule) => rule.pattern);
    expect(patterns).toContain('/report/*');
    expect(patterns).toContain('/report/_astro/*');
    expect(patterns).toContain('/report/en/talent/');
    expect(patterns.every((pattern) => pattern.startsWith('/report/'))).toBe(true);
  });
});

describe('the Content-Security-Policy', () => {
  test('the meta policy is the header policy without frame-ancestors, which a <meta> cannot hold, and with style-src narrowed to the given hashes', () => {
    const meta = metaContentSecurityPolicy(["'sha256-a'", "'sha256-b'"]);
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("; style-src 'self' 'sha256-a' 'sha256-b'; ");
    expect(contentSecurityPolicy).toContain("; style-src 'self' 'unsafe-inline'; ");
    const headerWithoutStyles = contentSecurityPolicy.replace("'self' 'unsafe-inline'", "'self'");
    expect(headerWithoutStyles).toBe(`${metaContentSecurityPolicy([])}; frame-ancestors 'none'`);
  });
});
