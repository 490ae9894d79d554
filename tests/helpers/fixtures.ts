import fs from 'node:fs';
import path from 'node:path';

const fixturesDir = path.resolve('tests/fixtures');
/** Inside the project, so that file names in error messages are short and the same on every machine. */
export const workDir = path.resolve('tests/.work');

/**
 * A fixture publication: tests/fixtures/valid with the files of tests/fixtures/<name> laid over it.
 * Each bad-content case holds only the file it breaks, so the fixture shows the mistake and nothing else.
 * Returns the content folder, relative to the project root as the build's messages show it.
 */
export function prepareFixture(name: string): string {
  const target = path.join(workDir, name, 'content');
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(fixturesDir, 'valid'), target, { recursive: true });
  if (name !== 'valid') fs.cpSync(path.join(fixturesDir, name), target, { recursive: true });
  return path.relative(process.cwd(), target);
}
