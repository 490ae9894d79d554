import fs from 'node:fs';
import path from 'node:path';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';

/** The response headers a host that reads the built `_headers` file would send for each path. */
export function siteHeaders(siteDir: string): (urlPath: string) => Record<string, string> {
  const rules = parseHeadersFile(fs.readFileSync(path.join(siteDir, '_headers'), 'utf8'));
  return (urlPath) => headersForPath(rules, urlPath).headers;
}
