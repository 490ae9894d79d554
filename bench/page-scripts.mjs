// @ts-check
/*
 * The JavaScript a built page can load: its module scripts (and the imports of inline module
 * scripts), with every chunk they import, statically or with import(), followed recursively.
 * Shared by the page-weight benchmark and the budget test, so both measure the same thing.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {string} siteDir the built site
 * @param {string} [base] the base path it was built for (BASE_PATH)
 */
export function siteFiles(siteDir, base = '/') {
  /** A URL of the site as a file of the build, or undefined for another host. @param {string} url @param {string} from */
  function fileOf(url, from) {
    const resolved = new URL(url, new URL(from, 'https://site.invalid'));
    if (resolved.origin !== 'https://site.invalid') return undefined;
    const inSite = decodeURIComponent(resolved.pathname).slice(base.length - 1);
    return path.join(siteDir, inSite);
  }

  /** A module and every module it imports, recursively. @param {string} file @param {Set<string>} seen */
  function moduleGraph(file, seen) {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    // Vite 8 (Rolldown) writes some specifiers as template literals: import(`./chunk.js`).
    const specifiers = [
      ...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\s*from\s*)?["'`]([^"'`]+)["'`]|\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ].map((match) => match[1] ?? match[2] ?? '');
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = specifier.startsWith('/') ? fileOf(specifier, '/') : path.resolve(path.dirname(file), specifier);
        if (target !== undefined) moduleGraph(target, seen);
      }
    }
  }

  /**
   * Every script file a page can load.
   * @param {import('node-html-parser').HTMLElement} root the parsed page
   * @param {string} urlPath the page's path in the site
   */
  function pageScripts(root, urlPath) {
    /** @type {Set<string>} */
    const js = new Set();
    for (const script of root.querySelectorAll('script[src]')) {
      const entry = fileOf(script.getAttribute('src') ?? '', urlPath);
      if (entry !== undefined) moduleGraph(entry, js);
    }
    // Inline module scripts can import chunks too.
    for (const script of root.querySelectorAll('script:not([src])')) {
      for (const match of script.text.matchAll(/import\s*(?:\(\s*)?(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) {
        const entry = fileOf(match[1] ?? '', urlPath);
        if (entry !== undefined) moduleGraph(entry, js);
      }
    }
    return js;
  }

  return { fileOf, pageScripts };
}
