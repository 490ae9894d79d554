import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { copyFormats } from '../../src/lib/hosting/precompress.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

interface ServeOptions {
  /** The sub-path the site lives under, such as /report/ for a BASE_PATH=/report/ build. */
  prefix?: string;
  /**
   * Compressed responses, as deploy/nginx.conf sends them: a file's precompressed copy
   * (`.br`, else `.gz`, written by `npm run build`) when the client accepts its encoding, else text
   * gzipped on the fly. Off for tests (what passes uncompressed passes anywhere); the Lighthouse
   * benchmark turns it on, because it times downloads over a simulated mobile network, and readers
   * get compressed files.
   */
  compress?: boolean;
}

/** Types worth compressing: text. Images, fonts, WebAssembly and Pagefind's index are binary. */
function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml)|image\/svg\+xml)/.test(contentType);
}

/** Whether an Accept-Encoding header accepts an encoding (a q=0 refusal aside, which no browser sends). */
function accepts(acceptEncoding: string | undefined, encoding: string): boolean {
  return new RegExp(`(^|,)\\s*${encoding}\\s*(;|,|$)`).test(acceptEncoding ?? '');
}

/** How to send a file: its precompressed copy, gzip on the fly, or as it is. */
function encodingFor(
  file: string,
  contentType: string,
  acceptEncoding: string | undefined,
): { encoding?: string; copy?: string; onTheFly?: true } {
  for (const { encoding, suffix } of copyFormats) {
    if (accepts(acceptEncoding, encoding) && fs.existsSync(file + suffix)) return { encoding, copy: file + suffix };
  }
  return compressible(contentType) && accepts(acceptEncoding, 'gzip') ? { encoding: 'gzip', onTheFly: true } : {};
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from 127.0.0.1 the way a static host or CDN does: files as they are,
 * `dir/` as `dir/index.html`, anything else as 404.html with status 404. No rewriting, and no
 * compression unless asked: what passes here passes on any plain host. `headers` adds response headers
 * to every response (a test can apply the site's _headers rules); it receives the requested path,
 * prefix included, as a host matches `_headers` rules against it.
 */
export async function serveStatic(
  root: string,
  headers: (urlPath: string) => Record<string, string> = () => ({}),
  { prefix = '/', compress = false }: ServeOptions = {},
): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const requestPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // Outside the prefix nothing exists, as on a host where the site lives in a sub-folder.
    const inside = requestPath.startsWith(prefix);
    const urlPath = inside ? `/${requestPath.slice(prefix.length)}` : requestPath;
    let file = path.join(root, urlPath);
    if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
    const found = inside && file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile();
    const served = found ? file : path.join(root, '404.html');
    const contentType = contentTypes[path.extname(served)] ?? 'application/octet-stream';
    const { encoding, copy, onTheFly } = compress ? encodingFor(served, contentType, request.headers['accept-encoding']) : {};
    response.writeHead(found ? 200 : 404, {
      'Content-Type': contentType,
      ...(compress ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding === undefined ? {} : { 'Content-Encoding': encoding }),
      ...headers(requestPath),
    });
    const stream = fs.createReadStream(copy ?? served);
    if (onTheFly) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
