import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { differingFiles } from '../helpers/compare-dirs.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-dirs-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

test.each([
  ['identical folders', { 'index.html': 'a', 'en/index.html': 'b' }, { 'index.html': 'a', 'en/index.html': 'b' }, []],
  [
    'a changed file and files in one folder only',
    { 'index.html': 'a', '_astro/x.1.js': 'x' },
    { 'index.html': 'A', '_astro/x.2.js': 'x' },
    ['_astro/x.1.js: only in the first build', 'index.html: the bytes differ', '_astro/x.2.js: only in the second build'],
  ],
])('%s', (name, first, second, expected) => {
  expect(differingFiles(folder(`${name}-1`, first), folder(`${name}-2`, second))).toEqual(expected);
});
