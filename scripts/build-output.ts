/*
 * What `astro build` prints, as an editor or a host should read it. When a content check stops the
 * build, its message names the file, the line or field, and what is expected; Astro prints a
 * "Location:" and a "Stack trace:" of our code under it, which tell an editor nothing and push the
 * message out of sight in a host's log. Those blocks are left out, with one line saying how to see
 * them (SHOW_STACK_TRACES=1); but a location in a content file stays, as "  in <file>" (without
 * Astro's line 0): for a schema error of a collection entry it is the only line that names the file.
 */

/** A line of a stack trace or of Astro's location block: indented "at …", "[...] …", or a file position. */
const traceLine = /^\s+(at\s|\[\.\.\.\]|\/\S+:\d+:\d+\s*$|file:\S+:\d+:\d+\s*$)/;
const blockHeading = /^\s+(Stack trace|Location|Caused by):\s*$/;
/** A stack frame wherever it is: Astro prints a page's rendering error with the frames right under it. */
const stackFrame = /^\s+at\s.*:\d+:\d+\)?\s*$/;
/** A location in a file that is not code (content: MDX, YAML), with Astro's position after it. */
const contentLocation = /^\s+(\/\S+\.(?:mdx|md|ya?ml)):\d+:\d+\s*$/;

export const traceNote = '(The stack trace is left out: run with SHOW_STACK_TRACES=1 to see it.)';

/**
 * A line filter for the build's output: feed it the lines in order; it returns the line to print,
 * or undefined to leave it out. After the last line, `end()` returns the note, if anything was left out.
 */
export function traceFilter(): { line: (text: string) => string | undefined; end: () => string | undefined } {
  let inBlock = false;
  let leftOut = false;
  return {
    line: (text) => {
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
      return text;
    },
    end: () => (leftOut ? traceNote : undefined),
  };
}
