import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colours. */
  output: string;
}

interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Extra environment, such as BASE_PATH or SITE_URL. */
  env?: Record<string, string>;
  /** Also index the build for site search, as `npm run build` does (slower: only for real-report builds). */
  pagefind?: boolean;
}

/**
 * The test runner's environment without what Vitest adds for its own Vite (BASE_URL, MODE, DEV,
 * PROD, SSR): Astro would read the inherited BASE_URL=/ as import.meta.env.BASE_URL and ignore BASE_PATH.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  return rest;
}

/**
 * Runs `astro build` (and optionally Pagefind) on a content folder with the project's real code, as `npm run build` does,
 * with its own cache folder so that builds of different content never share cached entries.
 */
export function astroBuild({ contentDir, outDir, env = {}, pagefind = false }: BuildOptions): BuildResult {
  // Astro builds an outDir outside the working directory in the project's own .astro/ folder and
  // copies that folder whole into outDir (getOutDirWithinCwd in astro/dist/core/build/common.js):
  // the site then holds content-modules.mjs and schema files, and parallel builds overwrite each
  // other's. Inside the project, outDir is written directly.
  if (path.relative(process.cwd(), path.resolve(outDir)).startsWith('..')) {
    throw new Error(`outDir ${outDir} is outside the project (${process.cwd()}); build into a folder inside it, such as tests/.work/.`);
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...inheritedEnv(),
      REPORT_CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: path.join(outDir, '..', `${path.basename(outDir)}-cache`),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0 || !pagefind) return { status: result.status, output };
  const index = spawnSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir], { encoding: 'utf8' });
  return { status: index.status, output: `${output}\n${index.stdout}\n${index.stderr}` };
}
