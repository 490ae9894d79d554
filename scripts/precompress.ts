/*
 * The last step of `npm run build`, after Pagefind has written its files: a `.br` and a `.gz`
 * copy beside every text file of the built site (src/lib/hosting/precompress.ts says why).
 *
 *   node --experimental-strip-types scripts/precompress.ts dist
 */
import fs from 'node:fs';
import path from 'node:path';
import { compressedCopies, isPrecompressible } from '../src/lib/hosting/precompress.ts';

const siteDir = process.argv[2];
if (siteDir === undefined || !fs.statSync(siteDir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('Usage: node --experimental-strip-types scripts/precompress.ts <built site folder>');
  process.exit(2);
}

const files = fs
  .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => isPrecompressible(file) && fs.statSync(path.join(siteDir, file)).isFile());
const totals = { files: files.length, bytes: 0, br: 0, gz: 0 };
await Promise.all(
  files.map(async (file) => {
    const full = path.join(siteDir, file);
    const bytes = fs.readFileSync(full);
    totals.bytes += bytes.length;
    for (const copy of await compressedCopies(bytes)) {
      fs.writeFileSync(full + copy.suffix, copy.bytes);
      totals[copy.suffix === '.br' ? 'br' : 'gz'] += copy.bytes.length;
    }
  }),
);
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
console.log(
  `Precompressed ${totals.files} text files of ${siteDir} (${kb(totals.bytes)}): Brotli ${kb(totals.br)}, gzip ${kb(totals.gz)}.`,
);
