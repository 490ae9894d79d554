import type { CacheStats } from './cache.ts';

/**
 * This build's count of chart drawings, shared by the pages that draw them and the integration that
 * reports it when the build is done: both run in one process, but from different bundles of the code.
 */
const key = Symbol.for('report-site.chart-drawings');

export function chartDrawingStats(): CacheStats {
  const shared = globalThis as { [key]?: CacheStats };
  return (shared[key] ??= { drawn: 0, cached: 0, milliseconds: 0 });
}
