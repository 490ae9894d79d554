import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { sectionBodyProblem, sectionMarkupProblems } from '../../lib/content/check-section-markup.ts';
import { shownFile } from './remark-file.ts';

/**
 * Remark plugin, first in line: stops the build when a section holds code (a JavaScript
 * expression, an import, a raw HTML element such as <script>, an event handler) or no text,
 * naming the file and line. It runs before MDX compiles anything, so nothing of it is published.
 */
const remarkSectionGuard: Plugin<[], Root> = () => (tree, file) => {
  const shown = shownFile(file);
  const messages = sectionMarkupProblems(tree).map(({ line, message }) => `${line === undefined ? shown : `${shown}:${line}`}: ${message}`);
  const empty = sectionBodyProblem(tree);
  if (empty !== undefined) messages.push(`${shown}: ${empty}`);
  if (messages.length > 0) throw new Error(messages.join('\n'));
};

export default remarkSectionGuard;
