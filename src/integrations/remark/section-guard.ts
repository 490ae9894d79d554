import { sectionBodyProblem, sectionMarkupProblems } from '../../lib/content/check-section-markup.ts';
import { displayPath } from '../../lib/content/content-dir.ts';

interface VFileLike {
  path?: string;
}

/**
 * Remark plugin, first in line: stops the build when a section holds code (a JavaScript
 * expression, an import, a raw HTML element such as <script>, an event handler) or no text,
 * naming the file and line. It runs before MDX compiles anything, so nothing of it is published.
 */
export default function remarkSectionGuard() {
  return (tree: Parameters<typeof sectionMarkupProblems>[0], file: VFileLike) => {
    const shown = file.path === undefined ? 'an MDX file' : displayPath(file.path);
    const messages = sectionMarkupProblems(tree).map(
      ({ line, message }) => `${line === undefined ? shown : `${shown}:${line}`}: ${message}`,
    );
    const empty = sectionBodyProblem(tree);
    if (empty !== undefined) messages.push(`${shown}: ${empty}`);
    if (messages.length > 0) throw new Error(messages.join('\n'));
  };
}
