/*
 * Chart drawings kept under the SHA-256 of everything that draws them (the input and a salt: the
 * packages' versions and the drawing code), in memory for the pages of one build and on disk for
 * the next build, as the preview images are. The same input gives the same bytes, cached or not.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface CacheStats {
  drawn: number;
  cached: number;
  /** Time spent drawing (fonts included), not reading the cache. */
  milliseconds: number;
}

export function drawingCache(dir: string, salt: string, stats: CacheStats = { drawn: 0, cached: 0, milliseconds: 0 }) {
  const memory = new Map<string, Buffer>();
  return {
    stats,
    get(input: unknown, extension: string, draw: () => Buffer): Buffer {
      const key = `${crypto.createHash('sha256').update(salt).update(JSON.stringify(input)).digest('hex')}.${extension}`;
      const remembered = memory.get(key);
      if (remembered !== undefined) return remembered;
      const file = path.join(dir, key);
      let bytes: Buffer;
      if (fs.existsSync(file)) {
        bytes = fs.readFileSync(file);
        stats.cached += 1;
      } else {
        const started = performance.now();
        bytes = draw();
        stats.milliseconds += performance.now() - started;
        fs.mkdirSync(dir, { recursive: true });
        // Written under a temporary name first, so that an interrupted build never leaves half a file in the cache.
        const partial = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(partial, bytes);
        fs.renameSync(partial, file);
        stats.drawn += 1;
      }
      memory.set(key, bytes);
      return bytes;
    },
  };
}
