import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/*
 * Precompressed copies of the built site's text files, for hosts that serve a file's `.br` or
 * `.gz` sibling as it is (nginx's brotli_static and gzip_static, Caddy's `precompressed`). They are
 * made once, at the strongest settings: a server compressing on the fly uses faster, weaker ones.
 * On a phone's connection every byte of the HTML counts before the first paint: Brotli at its
 * strongest makes the whole report's page (`/full/`) about a fifth smaller than gzip does.
 */

/** Text that compresses; images, WebAssembly and Pagefind's index (compressed already) do not. */
const textExtensions = new Set(['html', 'css', 'js', 'mjs', 'json', 'csv', 'svg', 'xml', 'txt', 'bib', 'ris']);

/** A built file worth a compressed copy: text, by its extension. */
export function isPrecompressible(file: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension !== undefined && textExtensions.has(extension);
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The copies, in the order a host prefers them: Brotli (quality 11), then gzip (level 9). `suffix`
 * is how hosts find a copy (`index.html.br`), `encoding` the Content-Encoding they send with it.
 * Both are deterministic (gzip writes no time stamp here), so rebuilds stay byte-identical.
 */
export const copyFormats = [
  {
    suffix: '.br',
    encoding: 'br',
    compress: (bytes: Uint8Array) =>
      brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
  },
  { suffix: '.gz', encoding: 'gzip', compress: (bytes: Uint8Array) => gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }) },
] as const;

export interface CompressedCopy {
  suffix: (typeof copyFormats)[number]['suffix'];
  encoding: (typeof copyFormats)[number]['encoding'];
  bytes: Buffer;
}

/** A file's copies, each only if it is smaller than the file: a host serves the file itself otherwise. */
export async function compressedCopies(bytes: Uint8Array): Promise<CompressedCopy[]> {
  const copies = await Promise.all(
    copyFormats.map(async ({ suffix, encoding, compress }) => ({ suffix, encoding, bytes: await compress(bytes) })),
  );
  return copies.filter((copy) => copy.bytes.length < bytes.length);
}
