/*
 * `npm run build`: the site, its search index and the precompressed copies of its text files, in
 * dist/ (scripts/build-steps.ts). Stops at the first step that fails, with that step's status.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { astroBuildStep, stepsAfterAstroBuild } from './build-steps.ts';

const projectRoot = path.join(import.meta.dirname, '..');
for (const args of [astroBuildStep('dist'), ...stepsAfterAstroBuild('dist')]) {
  const { status, error } = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });
  if (error !== undefined) throw error;
  if (status !== 0) process.exit(status ?? 1);
}
