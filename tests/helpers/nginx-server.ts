import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/*
 * Debian's nginx, started on 127.0.0.1 with deploy/nginx.conf as a host would use it: only the
 * ports, the certificate, the site's folder and the Brotli snippet's folder are put in, and every
 * file nginx writes (pid, logs, temp files) goes into a temporary folder. Nothing of /etc/nginx is
 * changed; ports 80 and 443 are not used.
 */

export const noNginxMessage =
  'No nginx found for the server test: install Debian’s nginx (apt-get install nginx; .ci/run does) or set NGINX_PATH to an nginx binary.';

/** NGINX_PATH when set (it must then exist), else Debian's /usr/sbin/nginx. Throws one line naming the fix. */
export function findNginx(env: Record<string, string | undefined> = process.env): string {
  const configured = env['NGINX_PATH'];
  const candidate = configured !== undefined && configured !== '' ? configured : '/usr/sbin/nginx';
  try {
    fs.accessSync(candidate, fs.constants.X_OK);
    return candidate;
  } catch {
    throw new Error(
      configured === undefined || configured === ''
        ? noNginxMessage
        : `NGINX_PATH is ${configured}, which is not executable. ${noNginxMessage}`,
    );
  }
}

/** ngx_brotli's static module as Debian's libnginx-mod-http-brotli-static installs it. */
export const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface RunningNginx {
  httpsPort: number;
  httpPort: number;
  /** The throwaway certificate (PEM), for the client to trust. */
  certificate: string;
  /** Whether the Brotli snippet is in use (the module is installed). */
  brotli: boolean;
  /** `nginx -t`'s output: warnings such as a deprecated directive. */
  checkOutput: string;
  stop: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the port accepts a connection, or rejects when nginx has exited. */
async function whenListening(port: number, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with status ${child.exitCode}:\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('connect', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * deploy/nginx.conf with the host's values replaced by the test's: listen lines on 127.0.0.1
 * (no IPv6), the certificate, the root and the folder of the Brotli snippet.
 */
export function localSiteConfig(
  config: string,
  values: { httpPort: number; httpsPort: number; certificate: string; key: string; root: string; snippets: string },
): string {
  return config
    .replace(/^\s*listen \[::\]:.*\n/gm, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${values.httpPort};`)
    .replace(/^(\s*)listen 443 /m, `$1listen 127.0.0.1:${values.httpsPort} `)
    .replace(/^(\s*ssl_certificate)\s+\S+;/m, `$1 ${values.certificate};`)
    .replace(/^(\s*ssl_certificate_key)\s+\S+;/m, `$1 ${values.key};`)
    .replace(/^(\s*root)\s+\S+;/m, `$1 ${values.root};`)
    .replace(/^(\s*include)\s+\/etc\/nginx\/snippets\//m, `$1 ${values.snippets}/`);
}

/** Starts nginx with deploy/nginx.conf serving `siteDir`. Call stop() when done. */
export async function startNginx(
  siteDir: string,
  { brotli = fs.existsSync(brotliModule) }: { brotli?: boolean } = {},
): Promise<RunningNginx> {
  const nginx = findNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-nginx-'));
  const certificate = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { stdio: 'pipe' },
  );
  const snippets = path.join(dir, 'snippets');
  fs.mkdirSync(snippets);
  if (brotli) fs.copyFileSync('deploy/nginx-brotli.conf', path.join(snippets, 'postal-report-brotli.conf'));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = localSiteConfig(fs.readFileSync('deploy/nginx.conf', 'utf8'), {
    httpPort,
    httpsPort,
    certificate,
    key,
    root: siteDir,
    snippets,
  });
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      ...(brotli ? [`load_module ${brotliModule};`] : []),
      // Started by root, nginx's workers would run as nobody, who may not read the test's folders
      // (mkdtemp makes them private); started by anyone else, they run as that user anyway.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${path.join(dir, 'nginx.pid')};`,
      'worker_processes 1;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      `  include ${path.join(dir, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'];
  // nginx -t first: a refused configuration is reported with nginx's own words.
  const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refuses deploy/nginx.conf:\n${check.stderr}`);
  const child = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await whenListening(httpsPort, child, () => output);
  return {
    httpPort,
    httpsPort,
    certificate: fs.readFileSync(certificate, 'utf8'),
    brotli,
    checkOutput: check.stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on('exit', () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        // QUIT: nginx's graceful stop; the master waits for its worker, then exits.
        child.kill('SIGQUIT');
      }),
  };
}
