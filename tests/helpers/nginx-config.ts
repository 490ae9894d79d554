/*
 * Reads the nginx example of README.md, as far as the tests need: the headers the server block
 * adds and the `map` blocks they read, so a test can compute what nginx would send for a path.
 */

export interface NginxMap {
  /** `$uri`: the variable the map reads. */
  source: string;
  /** Entries in order: an exact string, or a regular expression (`~`). */
  entries: { match: string | RegExp; value: string }[];
  fallback: string;
}

export interface NginxExample {
  /** Header name → value, with `$variables` as written. */
  headers: Map<string, string>;
  variables: Map<string, string>;
  maps: Map<string, NginxMap>;
}

/** The first ```nginx block of a Markdown text. */
export function nginxBlock(markdown: string): string {
  const match = /```nginx\n([\s\S]*?)```/.exec(markdown);
  if (match === null) throw new Error('README.md has no ```nginx block');
  return match[1] ?? '';
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

export function parseNginxExample(config: string): NginxExample {
  const headers = new Map<string, string>();
  const variables = new Map<string, string>();
  const maps = new Map<string, NginxMap>();
  for (const [, name = '', value = ''] of config.matchAll(/^\s*add_header\s+(\S+)\s+("[^"]*"|\S+)\s+always;/gm)) {
    headers.set(name, unquote(value));
  }
  for (const [, name = '', value = ''] of config.matchAll(/^\s*set\s+\$(\w+)\s+("[^"]*"|\S+);/gm)) {
    variables.set(name, unquote(value));
  }
  for (const [, source = '', name = '', body = ''] of config.matchAll(/^map\s+\$(\w+)\s+\$(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const map: NginxMap = { source, entries: [], fallback: '' };
    for (const [, key = '', value = ''] of body.matchAll(/^\s*(\S+)\s+("[^"]*"|\S+);/gm)) {
      if (key === 'default') map.fallback = unquote(value);
      else map.entries.push({ match: key.startsWith('~') ? new RegExp(key.slice(1)) : key, value: unquote(value) });
    }
    maps.set(name, map);
  }
  return { headers, variables, maps };
}

/** What a map gives for a value, as nginx decides: exact strings first, then expressions in order. */
function lookup(map: NginxMap, input: string): string {
  const exact = map.entries.find((entry) => typeof entry.match === 'string' && entry.match === input);
  if (exact !== undefined) return exact.value;
  const pattern = map.entries.find((entry) => entry.match instanceof RegExp && entry.match.test(input));
  return pattern?.value ?? map.fallback;
}

/** The headers nginx sends for a file (`$uri`), with variables and maps resolved; empty values are not sent. */
export function nginxHeadersFor(example: NginxExample, uri: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, written] of example.headers) {
    const variable = /^\$(\w+)$/.exec(written)?.[1];
    let value = written;
    if (variable !== undefined) {
      const map = example.maps.get(variable);
      value = map !== undefined ? lookup(map, uri) : (example.variables.get(variable) ?? '');
    }
    if (value !== '') headers[name.toLowerCase()] = value;
  }
  return headers;
}
