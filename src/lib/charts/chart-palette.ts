/*
 * The chart colours of each scheme, read from the custom properties of src/styles/global.css (and,
 * for print, src/styles/print.css):
 * the page's SVG charts use the properties themselves (one drawing serves every scheme), the PNG
 * download and the contrast tests use the values.
 */
import type { ChartColours } from './chart-options.ts';

export type Scheme = 'light' | 'dark' | 'print';

/** Where each scheme's custom properties start in global.css. */
const blockStarts: Record<Scheme, string> = {
  light: ':root {',
  dark: '@media (prefers-color-scheme: dark)',
  print: '@media print',
};

/** The #rrggbb custom properties of one scheme's block of global.css. */
export function schemeTokens(css: string, scheme: Scheme): Record<string, string> {
  const start = css.indexOf(blockStarts[scheme]);
  if (start < 0) throw new Error(`global.css has no block "${blockStarts[scheme]}" for the ${scheme} scheme.`);
  // The scheme's :root rule, the first after its block starts (print.css has an @page rule before it).
  const root = css.indexOf(':root {', start);
  const block = css.slice(root < 0 ? start : root).split('}')[0] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((match): [string, string] => [
      match[1] ?? '',
      (match[2] ?? '').toLowerCase(),
    ]),
  );
}

/** A scheme's chart colours and the surface they are drawn on. */
export function chartPalette(css: string, scheme: Scheme): ChartColours & { surface: string } {
  const tokens = schemeTokens(css, scheme);
  const read = (name: string) => {
    const value = tokens[name];
    if (value === undefined) throw new Error(`global.css: the ${scheme} scheme has no ${name} written #rrggbb.`);
    return value;
  };
  return { bar: read('--chart-bar'), text: read('--chart-text'), grid: read('--chart-grid'), surface: read('--surface') };
}
