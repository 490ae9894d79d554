import { describe, expect, test } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/
  Cache-Control: public, max-age=0, must-revalidate
/en/:page/
  Cache-Control: public, max-age=0, must-revalidate
`;

describe('parseHeadersFile', () => {
  test('reads rules in order, with header values as written (colons and quotes included)', () => {
    expect(parseHeadersFile(file)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { pattern: '/', headers: [['Cache-Control', 'public, max-age=0, must-revalidate']] },
      { pattern: '/en/:page/', headers: [['Cache-Control', 'public, max-age=0, must-revalidate']] },
    ]);
  });

  test.each([
    [
      'a header before any path',
      '  X-Frame-Options: DENY\n',
      '_headers line 1: expected an indented "Name: value" under a path, got "X-Frame-Options: DENY"',
    ],
    [
      'a header without a value',
      '/*\n  X-Frame-Options\n',
      '_headers line 2: expected an indented "Name: value" under a path, got "X-Frame-Options"',
    ],
  ])('rejects %s', (_case, text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(file);

  test.each([
    ['/', 'public, max-age=0, must-revalidate'],
    ['/_astro/index.B1a2.css', 'public, max-age=31536000, immutable'],
    ['/_astro/deep/chunk.js', 'public, max-age=31536000, immutable'],
    ['/en/talent/', 'public, max-age=0, must-revalidate'],
    ['/en/talent/extra/', undefined],
    ['/talent/', undefined],
    ['/figures.csv', undefined],
  ])('%s: Cache-Control %s, security headers always', (urlPath, cacheControl) => {
    const { headers, conflicts } = headersForPath(rules, urlPath);
    expect(headers['cache-control']).toBe(cacheControl);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(conflicts).toEqual([]);
  });

  test('a header set by two matching rules is joined, as Cloudflare Pages does, and reported', () => {
    const overlapping = parseHeadersFile('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n');
    expect(headersForPath(overlapping, '/_astro/a.js')).toEqual({
      headers: { 'cache-control': 'no-cache, immutable' },
      conflicts: ['cache-control'],
    });
  });
});
