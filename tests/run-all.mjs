// @ts-check
/*
 * `npm test`: the report in dist/ (reused when current, else built: tests/helpers/report-dist.ts),
 * then astro check, lint and Vitest's every tier (with the coverage thresholds of vitest.config.ts)
 * at the same time; a failure of any of them fails the whole. Vitest is the longest; its builds
 * and browsers leave a core idle at times, which the two checks use. They run at a lower priority,
 * so they never slow Vitest's builds down. Vitest's output streams as it comes; each check's
 * output is printed whole when it ends, so that the three never interleave line by line.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * @param {string} name
 * @param {string[]} args
 * @param {{ stream: boolean, lowPriority: boolean, command?: string }} options
 * @returns {Promise<{ name: string, status: number | null, seconds: number }>}
 */
function run(name, args, { stream, lowPriority, command = npm }) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    if (lowPriority && child.pid !== undefined) {
      try {
        os.setPriority(child.pid, 10);
      } catch {
        // Not allowed on this system: run at the normal priority.
      }
    }
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (/** @type {string} */ chunk) => (output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (/** @type {string} */ chunk) => (output += chunk));
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      if (!stream) process.stdout.write(`\n── ${name} (${seconds.toFixed(0)} s) ──\n${output}`);
      resolve({ name, status, seconds });
    });
    child.on('error', (error) => {
      process.stdout.write(`\n── ${name} could not start: ${error.message}\n`);
      resolve({ name, status: null, seconds: 0 });
    });
  });
}

/**
 * Stops `npm test` when a step that the others need has failed (its output is printed already).
 * @param {{ status: number | null }} result
 */
function stopUnlessPassed({ status }) {
  if (status === 0) return;
  process.exitCode = 1;
  process.exit();
}

// ESLint's type-aware rules read Astro's generated types (.astro/: astro:content, import.meta.env);
// on a fresh clone nothing has written them yet, so they are written first, once.
stopUnlessPassed(await run('astro sync', ['exec', '--', 'astro', 'sync'], { stream: false, lowPriority: false }));
// A build rewrites .astro/ too, so one that is needed runs before the checks that read it start.
stopUnlessPassed(
  await run('the report in dist/', ['--experimental-strip-types', 'tests/helpers/report-dist.ts'], {
    stream: true,
    lowPriority: false,
    command: process.execPath,
  }),
);

const results = await Promise.all([
  run('vitest', ['exec', '--', 'vitest', 'run', '--coverage'], { stream: true, lowPriority: false }),
  run('astro check', ['run', 'check'], { stream: false, lowPriority: true }),
  run('lint', ['run', 'lint'], { stream: false, lowPriority: true }),
]);

const failed = results.filter((result) => result.status !== 0);
process.stdout.write(
  `\n${results.map(({ name, status, seconds }) => `${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s`).join('\n')}\n`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
