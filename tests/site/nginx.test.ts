import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { startNginx, type RunningNginx } from '../helpers/nginx-server.ts';
import { filesUnder, isCompressedCopy, servedPath } from '../../src/lib/hosting/site-files.ts';

/*
 * deploy/nginx.conf in Debian's nginx (1.22 on Debian 12), serving the built report on 127.0.0.1
 * with a throwaway certificate: every header that _headers declares, for every file and for the
 * paths a host gets wrong (unknown paths, the build's own files, redirects), is what nginx sends.
 */
const siteDir = inject('siteDir');
const rules = parseHeadersFile(fs.readFileSync(path.join(siteDir, '_headers'), 'utf8'));
/** Every header name that _headers sets for some path: the headers compared. */
const declaredNames = [...new Set(rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())))].sort();
const files = filesUnder(siteDir).filter((file) => file !== '_headers' && !isCompressedCopy(file));

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let server: RunningNginx;
let agent: https.Agent;

function get(urlPath: string, requestHeaders: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      { host: '127.0.0.1', port: server.httpsPort, path: urlPath, agent, headers: { 'accept-encoding': 'identity', ...requestHeaders } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      },
    );
    request.on('error', reject);
  });
}

/** The declared headers of a response, as _headers spells them: name → value, absent when not sent. */
function declaredHeadersOf(response: Response): Record<string, string> {
  return Object.fromEntries(
    declaredNames.flatMap((name) => (response.headers[name] === undefined ? [] : [[name, String(response.headers[name])]])),
  );
}

beforeAll(async () => {
  server = await startNginx(siteDir);
  agent = new https.Agent({ ca: server.certificate, keepAlive: true, maxSockets: 4 });
});

afterAll(async () => {
  agent?.destroy();
  await server?.stop();
});

describe('deploy/nginx.conf in nginx', () => {
  test('nginx accepts it with no error', () => {
    expect(server.checkOutput).toContain('syntax is ok');
    expect(server.checkOutput).not.toMatch(/\[(emerg|error)\]/);
  });

  test('every file of the site, at the address readers use, has exactly the headers _headers gives it', async () => {
    const mismatches: string[] = [];
    for (const file of files) {
      const urlPath = servedPath(file);
      const response = await get(urlPath);
      const sent = declaredHeadersOf(response);
      const expected = headersForPath(rules, urlPath).headers;
      if (response.status !== 200) mismatches.push(`${urlPath}: status ${response.status}`);
      else if (!isDeepStrictEqual(sent, expected))
        mismatches.push(`${urlPath}: nginx sends ${JSON.stringify(sent)}, _headers gives ${JSON.stringify(expected)}`);
    }
    expect(mismatches).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  test.each([
    ['/nope/', 404],
    ['/en/nope', 404],
    ['/_headers', 404],
    ['/index.html.br', 404],
    ['/index.html.gz', 404],
    ['/figures.csv.gz', 404],
    ['/en/talent', 301],
  ])('%s answers %i, with the headers _headers gives that path and no file’s', async (urlPath, status) => {
    const response = await get(urlPath);
    expect(response.status).toBe(status);
    expect(declaredHeadersOf(response)).toEqual(headersForPath(rules, urlPath).headers);
    if (status === 404) expect(response.body.toString('utf8')).toContain('Page not found');
    // Not the file itself: _headers is for other hosts, a .br or .gz copy is sent only at its file's address.
    if (urlPath === '/_headers') expect(response.body.toString('utf8')).not.toContain('Content-Security-Policy:');
    if (status === 301) expect(response.headers.location).toBe(`${urlPath}/`);
  });

  test.each([
    ['/figures.csv', 'text/csv; charset=utf-8'],
    ['/cite/report.bib', 'application/x-bibtex; charset=utf-8'],
    ['/cite/report.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['/figures.json', 'application/json'],
    ['/', 'text/html; charset=utf-8'],
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
  ])('%s is sent as %s', async (urlPath, type) => {
    const response = await get(urlPath);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
  });

  test.each([
    '/',
    '/en/full/',
    '/figures.csv',
    '/cite/report.bib',
    '/cite/report.ris',
    '/figures.json',
    '/sitemap-index.xml',
    '/robots.txt',
  ])('%s: the precompressed copy the browser accepts, and Vary: Accept-Encoding on every answer', async (urlPath) => {
    const fileName = path.join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    const file = fs.readFileSync(fileName);
    const plain = await get(urlPath);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
    const gzipped = await get(urlPath, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(file)).toBe(true);
    const either = await get(urlPath, { 'accept-encoding': 'br, gzip' });
    if (server.brotli) {
      expect(either.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(either.body).equals(file)).toBe(true);
      // The build's own copy, sent as it is.
      expect(either.body.equals(fs.readFileSync(`${fileName}.br`))).toBe(true);
    } else {
      expect(either.headers['content-encoding']).toBe('gzip');
    }
    for (const response of [plain, gzipped, either]) expect(response.headers.vary).toBe('Accept-Encoding');
  });

  test('an image is sent as it is, with no Vary', async () => {
    const response = await get('/og-image.png', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBeUndefined();
  });

  test('plain HTTP moves every request to HTTPS and serves nothing', async () => {
    const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ host: '127.0.0.1', port: server.httpPort, path: '/en/talent/?from=a-link' }, resolve).on('error', reject),
    );
    response.resume();
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('https://127.0.0.1/en/talent/?from=a-link');
  });

  test('without the Brotli module (stock nginx), the same file starts and sends the gzip copies', async () => {
    const stock = await startNginx(siteDir, { brotli: false });
    const stockAgent = new https.Agent({ ca: stock.certificate });
    try {
      const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
        https
          .get(
            { host: '127.0.0.1', port: stock.httpsPort, path: '/', agent: stockAgent, headers: { 'accept-encoding': 'br, gzip' } },
            resolve,
          )
          .on('error', reject),
      );
      response.resume();
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.headers.vary).toBe('Accept-Encoding');
    } finally {
      stockAgent.destroy();
      await stock.stop();
    }
  });

  test('HTTP/2 is offered', async () => {
    const session = http2.connect(`https://127.0.0.1:${server.httpsPort}`, { ca: server.certificate });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const stream = session.request({ ':path': '/' });
        stream.on('response', (headers) => resolve(Number(headers[':status'])));
        stream.on('error', reject);
        stream.resume();
      });
      expect(status).toBe(200);
    } finally {
      session.close();
    }
  });
});
