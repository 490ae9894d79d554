import type { AstroIntegration } from 'astro';
import { filterWrite, traceFilter } from '../lib/build-output/trace-filter.ts';

/** Passes what the process writes to `stream` through a trace filter; returns what prints the filter's note. */
function filterStream(stream: NodeJS.WriteStream): () => void {
  const filter = traceFilter();
  const write = stream.write.bind(stream) as (text: string, ...rest: unknown[]) => boolean;
  // The encoding and callback arguments pass as they are: the text is a string either way.
  stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) =>
    write(filterWrite(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'), filter), ...rest);
  return () => {
    const note = filter.end();
    if (note !== undefined) write(`${note}\n`);
  };
}

let installed = false;

/**
 * `astro build`'s output as an editor reads it: without the stack traces under the messages of
 * content checks (src/lib/build-output/trace-filter.ts says what stays). Astro prints the error
 * that stops a build with console.error, after every hook has run, and has no option to leave the
 * trace out; so, during `astro build` only, the process's own output passes through the filter,
 * and the note that says how to see the traces is printed as the process exits.
 * SHOW_STACK_TRACES=1 leaves the output as it is.
 */
export function buildOutput(): AstroIntegration {
  return {
    name: 'report-build-output',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || process.env['SHOW_STACK_TRACES'] === '1' || installed) return;
        installed = true;
        const notes = [filterStream(process.stdout), filterStream(process.stderr)];
        process.once('exit', () => notes.forEach((note) => note()));
      },
    },
  };
}
