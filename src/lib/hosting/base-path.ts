/*
 * BASE_PATH: the sub-path the site is served under (/report/). Astro accepts almost any text
 * here and builds right pages from it, but the `_headers` rules are written from it as given, and
 * hosts match `report/*` against nothing: a wrong value would publish a site without its
 * security and cache headers, silently. So it is checked before the build starts.
 */

const example = 'such as /report/ (or / for the root of the host)';

/** One path segment as hosts and `_headers` patterns take it: letters, digits and - _ . ~ only. */
const segment = /^[A-Za-z0-9._~-]+$/;

/** The base path to build with: `/` when unset or empty; throws the host's message when invalid. */
export function basePathFrom(value: string | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === '/') return '/';
  const problem = basePathProblem(trimmed);
  if (problem !== undefined) throw new Error(`BASE_PATH ${JSON.stringify(trimmed)} is not valid: ${problem}, ${example}.`);
  return trimmed;
}

function basePathProblem(value: string): string | undefined {
  if (!value.startsWith('/')) return 'it must start with /';
  if (/^[a-z][a-z0-9+.-]*:/i.test(value.slice(1)) || value.startsWith('//'))
    return 'it is a path, not an address (the host goes in SITE_URL)';
  const segments = value.slice(1).replace(/\/$/, '').split('/');
  const bad = segments.find((part) => !segment.test(part) || part === '.' || part === '..');
  if (bad !== undefined) {
    return `the part ${JSON.stringify(bad)} is not allowed: a sub-path is made of names of letters, digits, - _ . and ~, separated by single slashes`;
  }
  return undefined;
}
