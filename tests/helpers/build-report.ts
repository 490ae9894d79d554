import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real report, built once for all site tests. */
    siteDir: string;
  }
}

/** Vitest global setup: build the real report once into a temporary folder, with its search index. */
export default function setup(project: TestProject) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postal-report-'));
  const outDir = path.join(root, 'dist');
  const { status, output } = astroBuild({ contentDir: 'content', outDir, pagefind: true });
  if (status !== 0) throw new Error(`The report does not build:\n${output}`);
  project.provide('siteDir', outDir);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
