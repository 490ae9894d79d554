import fs from 'node:fs';
import path from 'node:path';

/** The installed version of a package: part of a cache key when the package draws what is cached. */
export const packageVersion = (root: string, name: string): string =>
  (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
