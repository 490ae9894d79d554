/*
 * `astro build` with its output passed through traceFilter (build-output.ts): the build's own
 * step in `npm run build` and in the test builds (build-steps.ts). Exits with astro's status.
 * SHOW_STACK_TRACES=1 prints the output as it is.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { traceFilter } from './build-output.ts';

const astro = path.join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const showAll = process.env['SHOW_STACK_TRACES'] === '1';
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'] });

function pass(from: NodeJS.ReadableStream, to: NodeJS.WritableStream): Promise<void> {
  const filter = traceFilter();
  const lines = readline.createInterface({ input: from, crlfDelay: Infinity });
  lines.on('line', (text) => {
    const shown = showAll ? text : filter.line(text);
    if (shown !== undefined) to.write(`${shown}\n`);
  });
  return new Promise((resolve) =>
    lines.on('close', () => {
      const note = showAll ? undefined : filter.end();
      if (note !== undefined) to.write(`${note}\n`);
      resolve();
    }),
  );
}

const done = Promise.all([pass(child.stdout, process.stdout), pass(child.stderr, process.stderr)]);
child.on('close', (status, signal) => {
  void done.then(() => {
    if (signal !== null) console.error(`astro build was stopped by ${signal}.`);
    process.exit(status ?? 1);
  });
});
