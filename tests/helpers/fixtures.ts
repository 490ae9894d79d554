import fs from 'node:fs';
import path from 'node:path';
import { isolatedProject } from './isolated-project.ts';

const fixturesDir = path.resolve('tests/fixtures');
/** Inside the project, so that the paths of test builds are short and the same on every machine. */
export const workDir = path.resolve('tests/.work');

/**
 * A fixture publication: tests/fixtures/valid with the files of tests/fixtures/<name> laid over it,
 * in a project folder of its own (tests/.work/<name>/, with its content in content/), ready for astroBuild.
 * Each bad-content case holds only the file it breaks, so the fixture shows the mistake and nothing else.
 * A case that deletes a file names it in `remove` (relative to content/) and needs no folder; so does a
 * case that changes only the environment. Returns the project folder.
 */
export function prepareFixture(name: string, { remove = [] }: { remove?: readonly string[] } = {}): string {
  const root = isolatedProject(path.join(workDir, name), { content: path.join(fixturesDir, 'valid') });
  const overlay = path.join(fixturesDir, name);
  if (name !== 'valid' && fs.existsSync(overlay)) fs.cpSync(overlay, path.join(root, 'content'), { recursive: true });
  for (const file of remove) fs.rmSync(path.join(root, 'content', file));
  return root;
}
