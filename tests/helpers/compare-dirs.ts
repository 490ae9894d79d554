import fs from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../src/lib/hosting/site-files.ts';

/**
 * Files that make two folders differ: present in one only, or with other bytes. Empty when the
 * folders are byte for byte the same, which is what two builds of one commit must give.
 */
export function differingFiles(first: string, second: string): string[] {
  const inFirst = filesUnder(first);
  const inSecond = new Set(filesUnder(second));
  const problems: string[] = [];
  for (const file of inFirst) {
    if (!inSecond.has(file)) problems.push(`${file}: only in the first build`);
    else if (!fs.readFileSync(path.join(first, file)).equals(fs.readFileSync(path.join(second, file))))
      problems.push(`${file}: the bytes differ`);
    inSecond.delete(file);
  }
  for (const file of inSecond) problems.push(`${file}: only in the second build`);
  return problems;
}
