/*
 * The steps of `npm run build` (scripts/build.ts), each as arguments to node in the project folder.
 * The test builds (tests/helpers/astro-build.ts) and the Lighthouse benchmark run the same steps,
 * so that what they test is what readers' hosts publish.
 */

/** The site itself: `astro build`, its output without stack traces under content messages (astro-build.ts). */
export function astroBuildStep(outDir: string): string[] {
  return ['--experimental-strip-types', 'scripts/astro-build.ts', '--outDir', outDir];
}

/**
/**
 * After `astro build`: the search index (Pagefind's Node API, scripts/search-index.ts), the checks
 * of the built site that protect readers (links, which may point into the index, language marking,
 * punctuation), then the precompressed copies, which cover the index's files too.
 */
export function stepsAfterAstroBuild(outDir: string): string[][] {
  return [
    ['--experimental-strip-types', 'scripts/search-index.ts', outDir],
    ['--experimental-strip-types', 'scripts/check-site.ts', outDir],
    ['--experimental-strip-types', 'scripts/precompress.ts', outDir],
  ];
}
