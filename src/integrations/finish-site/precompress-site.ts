import fs from 'node:fs';
import path from 'node:path';
import { compressedCopies, isPrecompressible } from '../../lib/hosting/precompress.ts';

/** Byte counts of what precompressSite read and wrote. */
export interface PrecompressTotals {
  files: number;
  bytes: number;
  br: number;
  gz: number;
}

/**
 * A `.br` and a `.gz` copy beside every text file of the built site (src/lib/hosting/precompress.ts
 * says why), the search index's files included: so it runs after Pagefind has written them.
 */
export async function precompressSite(siteDir: string): Promise<PrecompressTotals> {
  const files = fs
    .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => isPrecompressible(file) && fs.statSync(path.join(siteDir, file)).isFile());
  const totals: PrecompressTotals = { files: files.length, bytes: 0, br: 0, gz: 0 };
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
  return totals;
}
