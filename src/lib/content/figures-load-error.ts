/*
 * In `astro dev`, the figures loader re-reads a figures file when an editor saves it. A mistake
 * there cannot stop a running server, and Astro only logs a loader's error in the terminal while
 * the browser keeps the last good value. So the loader records the error here and the figure
 * queries throw it, which Astro shows as its error overlay, as it does for a broken MDX file.
 * The loader and the pages run in one process but load this module separately: the record lives
 * on globalThis.
 */
const key = Symbol.for('report-site.figures-load-error');

type WithError = typeof globalThis & { [key]?: Error | undefined };

export function setFiguresLoadError(error: Error | undefined): void {
  (globalThis as WithError)[key] = error;
}

export function figuresLoadError(): Error | undefined {
  return (globalThis as WithError)[key];
}
