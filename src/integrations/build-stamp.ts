import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/*
 * A finished build records what it was built from: a hash of its inputs, beside the output folder
 * it wrote. The tests compare it with the inputs as they are now and reuse dist/ when they match,
 * instead of building the report again (tests/helpers/report-dist.ts); CI builds the report once.
 * The stamp is in Astro's own folder (.astro/), never in the output: readers' hosts publish dist/.
 */

/** Everything of the project a build reads besides node_modules (which package-lock.json pins). */
const projectInputs = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** The environment that changes what the build writes (astro.config.mjs reads it). */
const environmentInputs = ['SITE_URL', 'BASE_PATH'];
const integrationName = 'report-build-stamp';

export interface BuildStamp {
  /** The output folder, absolute. */
  outDir: string;
  /** inputsHash of the project when the build started. */
  inputs: string;
}

/** Every file under `entry` (or `entry` itself), sorted, relative to `root` with forward slashes. */
function filesOf(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(entry, name))
    .filter((name) => fs.statSync(path.join(root, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/**
 * A hash of what the build of `root` reads: the content folder (REPORT_CONTENT_DIR, content/ by
 * default), the code and configuration, the lock file, the environment variables that change the
 * output and the version of Node. Each file counts with its path, so a renamed file changes it too.
 */
export function inputsHash(root: string, env: NodeJS.ProcessEnv): string {
  const contentDir = path.relative(root, path.resolve(root, env['REPORT_CONTENT_DIR'] ?? 'content'));
  const hash = createHash('sha256');
  for (const name of environmentInputs) hash.update(`env ${name}=${env[name] ?? ''}\0`);
  hash.update(`node ${process.version}\0`);
  for (const file of [contentDir, ...projectInputs].flatMap((entry) => filesOf(root, entry))) {
    hash.update(`file ${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Where a build of `root` keeps its stamp: the folder Astro gives an integration (createCodegenDir). */
export function stampFile(root: string): string {
  return path.join(root, '.astro', 'integrations', integrationName, 'build-stamp.json');
}

/** The stamp of the last finished build of `root`, if there is one. */
export function readStamp(root: string): BuildStamp | undefined {
  const file = stampFile(root);
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BuildStamp;
}

/**
 * Writes the stamp when the build is done. It must be the last integration: Astro runs a hook of
 * each integration in their order, so the stamp is written only once every step that runs in an
 * integration's astro:build:done before it has succeeded. A build that starts removes the stamp
 * first, so that a failed build leaves none.
 */
export function buildStamp(): AstroIntegration {
  let root = '';
  let inputs = '';
  return {
    name: integrationName,
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        fs.rmSync(stampFile(root), { force: true });
        inputs = inputsHash(root, process.env);
      },
      'astro:build:done': ({ dir }) => {
        const stamp: BuildStamp = { outDir: path.resolve(fileURLToPath(dir)), inputs };
        fs.mkdirSync(path.dirname(stampFile(root)), { recursive: true });
        fs.writeFileSync(stampFile(root), `${JSON.stringify(stamp, null, 2)}\n`);
      },
    },
  };
}
