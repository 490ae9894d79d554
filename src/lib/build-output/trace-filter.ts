import { stripVTControlCharacters } from 'node:util';

/*
 * What `astro build` prints, as an editor or a host should read it (src/integrations/build-output.ts
 * puts this filter in place). When a content check stops the build, its message names the file,
 * the line or field, and what is expected; Astro prints a "Location:" and a "Stack trace:" of our
 * code under it, which tell an editor nothing and push the message out of sight in a host's log.
 * Those blocks are left out, with one line saying how to see them (SHOW_STACK_TRACES=1); but a
 * location in a content file stays, as "  in <file>" (without Astro's line 0): for a schema error
 * of a collection entry it is the only line that names the file.
 */

/** A line of a stack trace or of Astro's location block: indented "at …", "[...] …", or a file position. */
const traceLine = /^\s+(at\s|\[\.\.\.\]|\/\S+:\d+:\d+\s*$|file:\S+:\d+:\d+\s*$)/;
const blockHeading = /^\s+(Stack trace|Location|Caused by):\s*$/;
/** A stack frame wherever it is: Astro prints a page's rendering error with the frames right under it. */
const stackFrame = /^\s+at\s.*:\d+:\d+\)?\s*$/;
/** A location in a file that is not code (content: MDX, YAML), with Astro's position after it. */
const contentLocation = /^\s+(\/\S+\.(?:mdx|md|ya?ml)):\d+:\d+\s*$/;

export const traceNote = '(The stack trace is left out: run with SHOW_STACK_TRACES=1 to see it.)';

export interface TraceFilter {
  line: (text: string) => string | undefined;
  end: () => string | undefined;
}

/**
 * A line filter for the build's output: feed it the lines in order; it returns the line to print,
 * or undefined to leave it out. After the last line, `end()` returns the note, if anything was left out.
 */
export function traceFilter(): TraceFilter {
  let inBlock = false;
  let leftOut = false;
  return {
    line: (printed) => {
      // In a terminal Astro colours its output: the patterns read the text without the colours.
      const text = stripVTControlCharacters(printed);
      if (blockHeading.test(text)) {
        inBlock = true;
        leftOut = true;
        return undefined;
      }
      if (inBlock) {
        const content = contentLocation.exec(text);
        if (content !== null) return `  in ${content[1]}`;
        if (traceLine.test(text)) return undefined;
      }
      if (stackFrame.test(text)) {
        leftOut = true;
        return undefined;
      }
      inBlock = false;
      return printed;
    },
    end: () => (leftOut ? traceNote : undefined),
  };
}

/** The colour codes of a line: kept when the line is left out, or a colour it opens or ends would run on or stay off. */
// eslint-disable-next-line no-control-regex -- the escape character is what the pattern finds
const colourCodes = /\u001b\[[\d;]*m/g;

/**
 * One write to the terminal through the filter: each whole line is filtered; a line's start without
 * its end (a progress line that Astro completes with its next write) passes as it is.
 */
export function filterWrite(text: string, filter: TraceFilter): string {
  const lines = text.split('\n');
  const unfinished = lines.pop() ?? '';
  const kept = lines.map((line) => {
    const shown = filter.line(line);
    return shown === undefined ? (line.match(colourCodes) ?? []).join('') : `${shown}\n`;
  });
  return kept.join('') + unfinished;
}
