import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro-build.ts';
import { workDir } from './fixtures.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real report, built once for all site tests. */
    siteDir: string;
  }
}

/**
 * Vitest global setup: build the real report once, with its search index, into a temporary folder
 * inside the project (tests/.work/), as astroBuild requires.
 */
export default function setup(project: TestProject) {
  fs.mkdirSync(workDir, { recursive: true });
  const root = fs.mkdtempSync(path.join(workDir, 'report-'));
  const outDir = path.join(root, 'dist');
  const { status, output } = astroBuild({ contentDir: 'content', outDir, pagefind: true });
  if (status !== 0) throw new Error(`The report does not build:\n${output}`);
  project.provide('siteDir', outDir);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
