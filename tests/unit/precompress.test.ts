import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { compressedCopies, isPrecompressible } from '../../src/lib/hosting/precompress.ts';

describe('isPrecompressible', () => {
  test.each([
    'index.html',
    'en/full/index.html',
    '_astro/draw-chart.DDSwmyBT.js',
    'figures.CSV',
    'cite/report.bib',
    'cite/report.ris',
    'sitemap-0.xml',
    'favicon.svg',
  ])('%s: text, worth a compressed copy', (file) => expect(isPrecompressible(file)).toBe(true));

  test.each([
    'og-image.png',
    'pagefind/fragment/zh-cn_1a2b.pf_fragment',
    'pagefind/wasm.en.pagefind',
    'index.html.br',
    'index.html.gz',
    '_headers',
    'README',
  ])('%s: binary, compressed already, or not served as it is', (file) => expect(isPrecompressible(file)).toBe(false));
});

describe('compressedCopies', () => {
  const page = Buffer.from(`<!doctype html><html lang="zh-CN"><body>${'<p>快递业务量 833.6 亿件。</p>'.repeat(200)}</body></html>`);

  test('a Brotli and a gzip copy, each decoding to the file, the Brotli one the smaller', async () => {
    const copies = await compressedCopies(page);
    expect(copies.map(({ suffix, encoding }) => [suffix, encoding])).toEqual([
      ['.br', 'br'],
      ['.gz', 'gzip'],
    ]);
    const [br, gz] = copies;
    expect(brotliDecompressSync(br?.bytes ?? Buffer.alloc(0)).equals(page)).toBe(true);
    expect(gunzipSync(gz?.bytes ?? Buffer.alloc(0)).equals(page)).toBe(true);
    expect(br?.bytes.length).toBeLessThan(gz?.bytes.length ?? 0);
  });

  test('the same bytes every time, so that rebuilds stay byte-identical', async () => {
    const [first, second] = await Promise.all([compressedCopies(page), compressedCopies(page)]);
    expect(first.map((copy) => copy.bytes.toString('base64'))).toEqual(second.map((copy) => copy.bytes.toString('base64')));
  });

  test('no copy that is not smaller than the file: a host sends the file itself', async () => {
    // gzip's header and trailer alone are 18 bytes; random bytes do not compress at all.
    expect(await compressedCopies(Buffer.from('ok'))).toEqual([]);
    expect(await compressedCopies(randomBytes(2000))).toEqual([]);
  });
});
