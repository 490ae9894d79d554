import { metaContentSecurityPolicy, styleHash } from './security-headers.ts';

/*
 * A built page's <meta> Content-Security-Policy with the hashes of the page's own <style> elements.
 * Astro renders a page before it bundles and inlines the page's styles, so Head.astro writes the
 * policy without hashes and the build adds them (src/integrations/hosting-integration.ts).
 */

// <style> is a raw-text element: its text runs to the first `</style`, so a pattern reads it exactly.
const styleElementPattern = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const policyMetaPattern = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/gi;

/**
 * The page with its styles' hashes in its policy. `file` names the page in errors: a page with a
 * <style> needs exactly one policy <meta>, as Head.astro writes it, before its first <style>
 * (a policy in <meta> governs only the elements after it).
 */
export function withStyleHashes(html: string, file: string): string {
  const styles = [...html.matchAll(styleElementPattern)];
  const firstStyle = styles[0];
  if (firstStyle === undefined) return html;
  const metas = [...html.matchAll(policyMetaPattern)];
  const meta = metas[0];
  if (meta === undefined || metas.length > 1) {
    throw new Error(
      `${file}: a page with a <style> needs one <meta http-equiv="Content-Security-Policy"> (src/components/Head.astro); found ${metas.length}.`,
    );
  }
  if (meta.index > firstStyle.index) {
    throw new Error(
      `${file}: the Content-Security-Policy <meta> comes after a <style>; it must come first, since it governs only what follows it.`,
    );
  }
  const written = metaContentSecurityPolicy([]);
  if (meta[1] !== written) {
    throw new Error(
      `${file}: the Content-Security-Policy <meta> holds "${meta[1] ?? ''}", not the policy Head.astro writes ("${written}").`,
    );
  }
  const hashes = [...new Set(styles.map((style) => styleHash(style[1] ?? '')))];
  const filled = meta[0].replace(written, metaContentSecurityPolicy(hashes));
  return html.slice(0, meta.index) + filled + html.slice(meta.index + meta[0].length);
}
