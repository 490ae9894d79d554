import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';

/**
 * Every JavaScript file a page can load: its module scripts and, recursively, the chunks they
 * import statically or dynamically (`import("./x.js")`, `from "./x.js"`). What a reader may
 * download, not just what the HTML names.
 */
export function pageScriptFiles(siteDir: string, page: HTMLElement): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import\(|from\s*|import\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(path.join(path.dirname(file), match[1] ?? ''));
    }
  };
  for (const script of page.querySelectorAll('script[src]')) {
    visit(path.join(siteDir, script.getAttribute('src') ?? ''));
  }
  return [...seen];
}

export function gzipBytes(files: readonly string[]): number {
  return files.reduce((total, file) => total + gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
}
