import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildStamp, inputsHash, readStamp, stampFile } from '../../src/integrations/build-stamp.ts';

let root: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-stamp-'));
  write('content/report.yaml', 'report: {}\n');
  write('src/pages/index.astro', '<p>hello</p>\n');
  write('astro.config.mjs', 'export default {};\n');
  write('package-lock.json', '{}\n');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('inputsHash', () => {
  test('is the same for the same files and environment', () => {
    expect(inputsHash(root, {})).toBe(inputsHash(root, {}));
    expect(inputsHash(root, {})).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    ['a changed content file', () => write('content/report.yaml', 'report: { title: x }\n')],
    ['a new source file', () => write('src/lib/new.ts', 'export {};\n')],
    ['a renamed file', () => fs.renameSync(path.join(root, 'src/pages/index.astro'), path.join(root, 'src/pages/home.astro'))],
    ['a changed configuration', () => write('astro.config.mjs', 'export default { base: "/x/" };\n')],
    ['a changed lock file', () => write('package-lock.json', '{ "lockfileVersion": 3 }\n')],
    ['a file in public/', () => write('public/favicon.svg', '<svg/>')],
  ])('changes with %s', (_, change) => {
    const before = inputsHash(root, {});
    change();
    expect(inputsHash(root, {})).not.toBe(before);
  });

  test('changes with SITE_URL and BASE_PATH, not with other variables', () => {
    const before = inputsHash(root, {});
    expect(inputsHash(root, { SITE_URL: 'https://report.example.gov' })).not.toBe(before);
    expect(inputsHash(root, { BASE_PATH: '/report/' })).not.toBe(before);
    expect(inputsHash(root, { HOME: '/elsewhere' })).toBe(before);
  });

  test('reads the content folder that REPORT_CONTENT_DIR names, and nothing outside the inputs', () => {
    write('fixture/report.yaml', 'report: { title: fixture }\n');
    const before = inputsHash(root, { REPORT_CONTENT_DIR: 'fixture' });
    expect(before).not.toBe(inputsHash(root, {}));
    write('content/report.yaml', 'report: { title: changed }\n');
    write('README.md', 'not read by the build\n');
    write('tests/unit/a.test.ts', 'not read by the build\n');
    expect(inputsHash(root, { REPORT_CONTENT_DIR: 'fixture' })).toBe(before);
  });
});

describe('the integration', () => {
  type Hooks = Record<string, (options: Record<string, unknown>) => void>;
  const hooks = () => buildStamp().hooks as unknown as Hooks;

  test('stamps a finished build with its output folder and the hash of its inputs at the start', () => {
    const integration = hooks();
    integration['astro:config:done']?.({ config: { root: pathToFileURL(`${root}/`) } });
    integration['astro:build:start']?.({});
    const atStart = inputsHash(root, process.env);
    // A file saved while the build runs: the stamp still says what the build read.
    write('content/report.yaml', 'report: { title: saved during the build }\n');
    integration['astro:build:done']?.({ dir: pathToFileURL(`${root}/dist/`) });
    expect(readStamp(root)).toEqual({ outDir: path.join(root, 'dist'), inputs: atStart });
    expect(stampFile(root).startsWith(path.join(root, '.astro'))).toBe(true);
  });

  test('a build that starts removes the last stamp, so that a failed build leaves none', () => {
    write('.astro/integrations/report-build-stamp/build-stamp.json', JSON.stringify({ outDir: path.join(root, 'dist'), inputs: 'old' }));
    expect(readStamp(root)?.inputs).toBe('old');
    const integration = hooks();
    integration['astro:config:done']?.({ config: { root: pathToFileURL(`${root}/`) } });
    integration['astro:build:start']?.({});
    expect(readStamp(root)).toBeUndefined();
  });
});
