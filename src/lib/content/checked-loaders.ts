import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { displayPath } from '../../errors/content-dir.ts';
import { fileNameProblem } from './file-names.ts';
import { yamlSyntaxProblem } from './yaml-syntax.ts';

/*
 * Checks that run before Astro's own loaders read the content, so that a mistake stops the build
 * at once with the file and line, instead of a late or misleading error from the loader.
 */

/** A loader that runs `check` (which throws the editor's message) before `loader` loads. */
export function checkedLoader(loader: Loader, check: () => void): Loader {
  return {
    ...loader,
    load: async (context) => {
      check();
      await loader.load(context);
    },
  };
}

/** Throws on the first YAML syntax error, naming the file, line and column. */
export function requireValidYaml(file: string): void {
  const problem = yamlSyntaxProblem(fs.readFileSync(file, 'utf8'), displayPath(file));
  if (problem !== undefined) throw new Error(problem);
}

/** The files of `dir` (and its subfolders, to `depth`) whose name ends with `extension`, sorted. */
export function filesIn(dir: string, extension: string, depth = 0): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return depth > 0 ? filesIn(file, extension, depth - 1) : [];
      return entry.name.endsWith(extension) ? [file] : [];
    })
    .sort();
}

/** Throws when a content file's name is not lower-case kebab-case. */
export function requireKebabCaseName(file: string): void {
  const problem = fileNameProblem(displayPath(file));
  if (problem !== undefined) throw new Error(problem);
}
