/*
 * The one source of the site's response headers: the generated `_headers` file (Netlify,
 * Cloudflare Pages), the `<meta>` CSP of every page (hosts that send no headers: GitHub Pages, S3)
 * and deploy/nginx.conf, which tests/site/nginx.test.ts serves the site with.
 */
import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy: only the site's own files.
 * - script-src: bundled module scripts and Pagefind's files, never inline scripts; 'wasm-unsafe-eval'
 *   lets Pagefind compile its WebAssembly search engine. JSON-LD is data, which script-src does not govern.
 * - style-src: each page carries its styles in one <style> element (inlineStylesheets: 'always'), so
 *   the first paint waits for the HTML alone. The header, one policy for every path and host,
 *   allows inline styles; the <meta> policy of each page, enforced alongside it, allows only its
 *   own <style> by hash (`styleHash`, written by the build). A browser applies a style only when
 *   both policies allow it, so a page accepts its own stylesheet and no other inline style, on any host.
 * - img-src data:: Pagefind UI's stylesheet draws its search icon as a data: SVG.
 * - frame-ancestors: no site may frame the report (a header only: browsers ignore it in a <meta>).
 */
export const cspDirectives: readonly (readonly [directive: string, value: string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta http-equiv>` policy cannot hold (CSP Level 3, section 6.1.1 and 6.4.2). */
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialisePolicy(directives: typeof cspDirectives): string {
  return directives.map(([directive, value]) => `${directive} ${value}`).join('; ');
}

/** The policy as the Content-Security-Policy header sends it. */
export const contentSecurityPolicy = serialisePolicy(cspDirectives);

/** A CSP source for an inline `<style>` element's text: `'sha256-…'` (CSP Level 3, section 8.4). */
export function styleHash(styleText: string): string {
  return `'sha256-${createHash('sha256').update(styleText, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a page's `<meta http-equiv="Content-Security-Policy">`: the header's directives but
 * the header-only ones, with style-src narrowed to files and the page's own `<style>` elements,
 * given by their hashes.
 */
export function metaContentSecurityPolicy(styleHashes: readonly string[]): string {
  return serialisePolicy(
    cspDirectives
      .filter(([directive]) => !headerOnlyDirectives.has(directive))
      .map(([directive, value]) => [directive, directive === 'style-src' ? ["'self'", ...styleHashes].join(' ') : value] as const),
  );
}

/** Headers every response carries. */
export const securityHeaders: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', contentSecurityPolicy],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['X-Frame-Options', 'DENY'],
  // Two years, the subdomains too; no `preload`: joining the browsers' preload list is the
  // domain owner's decision and hard to undo.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/** Cache-Control by kind of file. */
export const cacheControl = {
  /** `/_astro/*`: the content hash is in the name, so a file never changes. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages and Pagefind's index (whose entry files keep their names): always revalidate. */
  page: 'public, max-age=0, must-revalidate',
  /** Downloads (CSV, JSON, sitemaps, robots.txt, images): an hour, so a corrected figure reaches readers the same day. */
  download: 'public, max-age=3600',
} as const;
