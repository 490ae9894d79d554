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

export interface CompressedCopy {
  /** The file name's suffix, as hosts look for it: `index.html.br`. */
  suffix: '.br' | '.gz';
  /** The Content-Encoding the host sends with it. */
  encoding: 'br' | 'gzip';
  bytes: Buffer;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The Brotli (quality 11) and gzip (level 9) copies of a file's bytes, each only if it is smaller
 * than the file: a host serves the file itself otherwise. Both are deterministic (gzip writes no
 * time stamp here), so rebuilds stay byte-identical.
 */
export async function compressedCopies(bytes: Uint8Array): Promise<CompressedCopy[]> {
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const copies: CompressedCopy[] = [
    { suffix: '.br', encoding: 'br', bytes: br },
    { suffix: '.gz', encoding: 'gzip', bytes: gz },
  ];
  return copies.filter((copy) => copy.bytes.length < bytes.length);
}
