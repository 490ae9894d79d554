import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputsHash, readStamp, stampFile } from '../../src/integrations/build-stamp.ts';
import { inheritedEnv, runBuild } from './astro-build.ts';

/*
 * The real report, as `npm run build` writes it into dist/, for the tests that read it (the site,
 * browser and content tiers). The build stamps what it was built from (src/integrations/build-stamp.ts);
 * dist/ is current when that stamp matches the project as it is now, and is then reused instead
 * of being built again. CI builds once: its `npm run build`, whose dist/ `npm test` reuses.
 */

const projectRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
export const reportDist = path.join(projectRoot, 'dist');
/** Set (as CI does) to make a stale dist/ an error instead of a reason to build. */
const requireCurrent = 'REQUIRE_CURRENT_DIST';

/** Why dist/ cannot be reused, or undefined when it can. */
export function staleReason(env: NodeJS.ProcessEnv = inheritedEnv()): string | undefined {
  const stamp = readStamp(projectRoot);
  if (stamp === undefined) return 'no finished build has stamped it';
  if (stamp.outDir !== reportDist) return `the last finished build wrote ${stamp.outDir}`;
  if (!fs.existsSync(path.join(reportDist, 'index.html'))) return 'it has no index.html';
  if (stamp.inputs !== inputsHash(projectRoot, env)) {
    return 'the content, code, lock file, SITE_URL, BASE_PATH or Node have changed since it was built';
  }
  return undefined;
}

/**
 * dist/ holding the report built from the project as it is: reused when current, else built
 * with `npm run build`'s steps. Returns its path; throws the build's output when it fails.
 */
export async function currentReportDist(log: (line: string) => void = () => {}): Promise<string> {
  const reason = staleReason();
  if (reason === undefined) {
    log(`Reusing dist/: built from the content and code as they are.`);
    return reportDist;
  }
  if (process.env[requireCurrent] === '1') {
    throw new Error(`dist/ is not current (${reason}), and ${requireCurrent}=1 forbids building it here: run npm run build first.`);
  }
  log(`Building the report into dist/: ${reason}.`);
  const { status, output } = await runBuild(projectRoot, { outDir: 'dist' });
  if (status !== 0) {
    // A step after astro build may have failed after the stamp was written: dist/ is not to be reused.
    fs.rmSync(stampFile(projectRoot), { force: true });
    throw new Error(`The report does not build:\n${output}`);
  }
  const after = staleReason();
  if (after !== undefined) throw new Error(`The report was built, but dist/ is still not current: ${after}.`);
  return reportDist;
}

// `node --experimental-strip-types tests/helpers/report-dist.ts`: tests/run-all.mjs builds dist/
// here when it is stale, before astro check and lint start, which read .astro/ that a build rewrites.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  currentReportDist((line) => console.log(line)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  });
}
