import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { differingFiles } from '../helpers/compare-dirs.ts';
import { workDir } from '../helpers/fixtures.ts';
import { isolatedProject } from '../helpers/isolated-project.ts';
import { currentReportDist } from '../helpers/report-dist.ts';

/**
 * The report built again, in a project folder of its own with an empty cache, against dist/ as
 * `npm run build` wrote it (its images and charts possibly from the cache): hosts and readers' caches
 * rely on a commit giving the same files. The one test of the fixtures tier that needs dist/: it
 * asks for it itself, so that the tier's other files run without it.
 */
fs.mkdirSync(workDir, { recursive: true });
const root = fs.mkdtempSync(path.join(workDir, 'report-again-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test('a second build of the same commit is byte for byte the same', { timeout: 600_000 }, async () => {
  const siteDir = await currentReportDist();
  const again = path.join(root, 'dist');
  const { status, output } = await astroBuild({ root: isolatedProject(root, { content: 'content' }) });
  expect(status, output).toBe(0);
  expect(differingFiles(siteDir, again)).toEqual([]);
});
