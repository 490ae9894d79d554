import { describe, expect, test } from 'vitest';
import { withStyleHashes } from '../../src/lib/hosting/page-style-policy.ts';
import { metaContentSecurityPolicy, styleHash } from '../../src/lib/hosting/security-headers.ts';

const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const page = (head: string, body = '<p>x</p>') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const styleSources = (html: string) => /style-src ([^;]*)/.exec(html)?.[1];

describe('styleHash', () => {
  test('is the CSP source of the SHA-256 of the text, in base64', () => {
    // Known values: the SHA-256 of "" and of "abc" (FIPS 180-2, appendix B.1), in base64.
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHash('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });

  test('hashes UTF-8 bytes', () => {
    expect(styleHash('a::before{content:"图"}')).not.toBe(styleHash('a::before{content:"图 "}'));
  });
});

describe('withStyleHashes', () => {
  const written = metaContentSecurityPolicy([]);

  test('puts the hash of each distinct <style> into the page’s policy, and changes nothing else', () => {
    const html = page(
      `${meta(written)}<style>body{color:red}</style><style media="print">a{color:#000}</style><style>body{color:red}</style>`,
    );
    const filled = withStyleHashes(html, 'en/index.html');
    expect(styleSources(filled)).toBe(`'self' ${styleHash('body{color:red}')} ${styleHash('a{color:#000}')}`);
    expect(filled.replace(metaContentSecurityPolicy([styleHash('body{color:red}'), styleHash('a{color:#000}')]), written)).toBe(html);
  });

  test('reads a <style> to its first </style>, as an HTML parser does', () => {
    const html = page(`${meta(written)}<style>a{b:c}</STYLE ><style>\n</style>`);
    expect(styleSources(withStyleHashes(html, 'a.html'))).toBe(`'self' ${styleHash('a{b:c}')} ${styleHash('\n')}`);
  });

  test('leaves a page without <style> as it is', () => {
    const html = page(meta(written));
    expect(withStyleHashes(html, 'a.html')).toBe(html);
  });

  test('stops, naming the page, when a page with a <style> has no policy <meta>, or two', () => {
    expect(() => withStyleHashes(page('<style>a{}</style>'), 'en/talent/index.html')).toThrow(
      'en/talent/index.html: a page with a <style> needs one <meta http-equiv="Content-Security-Policy"> (src/components/Head.astro); found 0.',
    );
    expect(() => withStyleHashes(page(`${meta(written)}${meta(written)}<style>a{}</style>`), 'x.html')).toThrow('found 2.');
  });

  test('stops when the policy comes after a <style>, which it would not govern', () => {
    expect(() => withStyleHashes(page(`<style>a{}</style>${meta(written)}`), '404.html')).toThrow(
      '404.html: the Content-Security-Policy <meta> comes after a <style>',
    );
  });

  test('stops when the policy is not the one Head.astro writes, rather than guess where the hashes go', () => {
    expect(() => withStyleHashes(page(`${meta("default-src 'none'")}<style>a{}</style>`), 'data/index.html')).toThrow(
      `data/index.html: the Content-Security-Policy <meta> holds "default-src 'none'", not the policy Head.astro writes`,
    );
  });
});
