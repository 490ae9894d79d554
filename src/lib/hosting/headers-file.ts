/*
 * The `_headers` file that Netlify and Cloudflare Pages read: blocks of a path pattern followed by
 * indented `Name: value` lines. Tests use this to serve the built site with the same headers a
 * host would send, so the CSP the pages are checked against is the one that ships.
 */

export interface HeaderRule {
  /** `/_astro/*`: `*` matches anything (slashes included), `:name` one path segment. */
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
    if (rule === undefined || match === null) {
      throw new Error(`_headers line ${index + 1}: expected an indented "Name: value" under a path, got "${line.trim()}"`);
    }
    rule.headers.push([match[1] ?? '', match[2] ?? '']);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers a path receives. Every matching rule applies; when two rules set the same header,
 * Cloudflare Pages joins the values with a comma (Netlify keeps the last), so the file must never
 * set a header twice for one path: `conflicts` lists such headers so that a test can forbid them.
 */
export function headersForPath(rules: HeaderRule[], urlPath: string): { headers: Record<string, string>; conflicts: string[] } {
  const headers: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (headers[key] === undefined) {
        headers[key] = value;
      } else {
        headers[key] = `${headers[key]}, ${value}`;
        conflicts.push(key);
      }
    }
  }
  return { headers, conflicts };
}
