import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro-build.ts';
import { workDir } from './fixtures.ts';
import { isolatedProject } from './isolated-project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real report, built once for all site tests. */
    siteDir: string;
  }
}

/**
 * Vitest global setup: build the real report once, with its search index, in a project folder of
 * its own under tests/.work/.
 */
export default async function setup(project: TestProject) {
  fs.mkdirSync(workDir, { recursive: true });
  const root = fs.mkdtempSync(path.join(workDir, 'report-'));
  const outDir = path.join(root, 'dist');
  const { status, output } = await astroBuild({ root: isolatedProject(root, { content: 'content' }) });
  if (status !== 0) throw new Error(`The report does not build:\n${output}`);
  project.provide('siteDir', outDir);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
