import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { limitBuilds } from './concurrency.ts';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colours. */
  output: string;
}

interface BuildOptions {
  /** A project folder made by isolatedProject (tests/helpers/isolated-project.ts), with the content in content/. */
  root: string;
  /** The output folder, relative to root. */
  outDir?: string;
  /** Extra environment, such as BASE_PATH or SITE_URL. */
  env?: Record<string, string>;
}

/**
 * The test runner's environment without what Vitest adds: for its own Vite (BASE_URL, MODE, DEV,
 * PROD, SSR), which Astro would read (the inherited BASE_URL=/ as import.meta.env.BASE_URL,
 * ignoring BASE_PATH), and VITEST*, TEST and NODE_ENV=test, so that a test build or dev server runs
 * as `npm run build` or `npm run dev` do (astro dev answered 404 with them).
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  for (const name of Object.keys(rest)) if (/^(VITEST|TEST$|NODE_ENV$)/.test(name)) delete rest[name];
  return rest;
}

/** Runs a command to its end; never rejects, so that a failed build is a result the test can read. */
function run(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => resolve({ status: null, output: `${output}\n${error.message}` }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * Builds the project in `root` as it is, with the test runner's environment and `env`: `astro build`,
 * which is the whole of `npm run build` (the search index, the readers' checks and the
 * precompressed copies included: src/integrations/finish-site/). The one place that says how the
 * tests build a site (the report in dist/, its second build, fixture publications). The caller
 * bounds concurrency and chooses the folders.
 */
export function runBuild(root: string, { outDir = 'dist', env = {} }: Omit<BuildOptions, 'root'>): Promise<BuildResult> {
  const buildEnv = { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  return run(root, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], buildEnv);
}

/**
 * Builds a project folder made by isolatedProject (a fixture publication, or the report again),
 * with its own cache folder so that builds of different content never share cached entries.
 * Messages name content files as editors see them (content/figures/alpha.yaml). Builds run
 * concurrently, at most one per core (tests/helpers/concurrency.ts).
 */
export async function astroBuild({ root, outDir = 'dist', env = {} }: BuildOptions): Promise<BuildResult> {
  return limitBuilds(async () => {
    fs.rmSync(path.join(root, outDir), { recursive: true, force: true });
    return runBuild(root, { outDir, env: { REPORT_CONTENT_DIR: 'content', ASTRO_CACHE_DIR: '.cache', ...env } });
  });
}
