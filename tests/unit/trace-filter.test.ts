import { describe, expect, test } from 'vitest';
import { filterWrite, traceFilter, traceNote } from '../../src/lib/build-output/trace-filter.ts';

const filtered = (output: string) => {
  const filter = traceFilter();
  const lines = output.split('\n').flatMap((line) => filter.line(line) ?? []);
  const note = filter.end();
  return [...lines, ...(note === undefined ? [] : [note])].join('\n');
};

describe('traceFilter', () => {
  test('a content message keeps its lines; the location and stack trace under it go, with a note', () => {
    // As astro build printed them for a loader's error and for the MDX plugin's.
    const output = [
      '05:51:26 [content] Syncing content',
      'content/sections/en/beta.mdx is a symbolic link (to /etc/passwd): the build reads no links.',
      'content/sections/zh/alpha.mdx:7:1: the text holds the invisible control character U+0000 (NUL).',
      '  Location:',
      '    /work/p/src/lib/content/content-files.ts:90:33',
      '  Stack trace:',
      '    at requireSoundContentFiles (/work/p/src/lib/content/content-files.ts:90:33)',
      '    at async #doSync (file:///work/p/node_modules/astro/dist/content/content-layer.js:220:5)',
      '05:52:54 [ERROR] [vite] ✗ Build failed in 31.52s',
      'content/sections/en/alpha.mdx:19: lists and quotes are nested more than 8 levels deep here; the limit is 8.',
      '  Location:',
      '    /work/p/content/sections/en/alpha.mdx:0:0',
      '  Stack trace:',
      '    at TransformPluginContextImpl.handler (file:///work/p/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)',
      '    [...] See full stack trace in the browser, or rerun with --verbose.',
    ].join('\n');
    expect(filtered(output)).toBe(
      [
        '05:51:26 [content] Syncing content',
        'content/sections/en/beta.mdx is a symbolic link (to /etc/passwd): the build reads no links.',
        'content/sections/zh/alpha.mdx:7:1: the text holds the invisible control character U+0000 (NUL).',
        '05:52:54 [ERROR] [vite] ✗ Build failed in 31.52s',
        'content/sections/en/alpha.mdx:19: lists and quotes are nested more than 8 levels deep here; the limit is 8.',
        // A location in a content file names it (a schema error has no other line that does).
        '  in /work/p/content/sections/en/alpha.mdx',
        traceNote,
      ].join('\n'),
    );
  });

  test('the frames Astro prints right under a page’s rendering error go too', () => {
    const output = [
      '07:11:04 [ERROR] [build] Caught error rendering /parallel/alpha: Error: content/sections/en/alpha.mdx:7: <Stat> names figure "alpha.shares".',
      '    at file:///work/p/dist/.prerender/chunks/_section__CaMrwYpc.mjs:99:34',
      '    at async renderPage (file:///work/p/dist/.prerender/chunks/jsx-runtime_Ba2VF8l0.mjs:2313:16)',
      'content/sections/en/alpha.mdx:7: <Stat> names figure "alpha.shares".',
    ].join('\n');
    expect(filtered(output)).toBe(
      [
        '07:11:04 [ERROR] [build] Caught error rendering /parallel/alpha: Error: content/sections/en/alpha.mdx:7: <Stat> names figure "alpha.shares".',
        'content/sections/en/alpha.mdx:7: <Stat> names figure "alpha.shares".',
        traceNote,
      ].join('\n'),
    );
  });

  test('a build without a stack trace is printed as it is, with no note; a message line that mentions "at" stays', () => {
    const output = ['05:52:23 [build] ✓ Completed in 6.15s.', '  at least one page', '18 page(s) built'].join('\n');
    expect(filtered(output)).toBe(output);
  });

  test('in a terminal, the coloured headings and frames go too, and a colour they open is closed', () => {
    // As Astro colours them: bold headings, the location underlined, the frames dimmed as one block.
    const output = [
      'content/sections/en/alpha.mdx:19: lists and quotes are nested more than 8 levels deep here; the limit is 8.',
      '  \u001b[1mLocation:\u001b[22m',
      '    \u001b[4m/work/p/content/sections/en/alpha.mdx:0:0\u001b[24m',
      '  \u001b[1mStack trace:\u001b[22m',
      '\u001b[2m    at TransformPluginContextImpl.handler (file:///work/p/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)',
      '    [...] See full stack trace in the browser, or rerun with --verbose.\u001b[22m',
      'next',
    ].join('\n');
    const filter = traceFilter();
    expect(filterWrite(`${output}\n`, filter)).toBe(
      [
        'content/sections/en/alpha.mdx:19: lists and quotes are nested more than 8 levels deep here; the limit is 8.\n',
        // The codes of the lines left out, without their text: bold on and off, …
        '\u001b[1m\u001b[22m',
        '  in /work/p/content/sections/en/alpha.mdx\n',
        // … bold on and off, dim on and off.
        '\u001b[1m\u001b[22m\u001b[2m\u001b[22m',
        'next\n',
      ].join(''),
    );
    expect(filter.end()).toBe(traceNote);
  });

  test('a write that ends inside a line passes that part as it is; the filter reads the lines of each write in turn', () => {
    const filter = traceFilter();
    expect(filterWrite('  ├─ /alpha/index.html', filter)).toBe('  ├─ /alpha/index.html');
    expect(filterWrite(' (+3ms)\nError: the message\n    at handler (/work/p/src/x.ts:1:2)\n', filter)).toBe(
      ' (+3ms)\nError: the message\n',
    );
    expect(filter.end()).toBe(traceNote);
  });
});
