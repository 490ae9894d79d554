import path from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import {
  formatFrontmatterNumberProblem,
  formatProseNumberProblem,
  proseNumberProblems,
  type FigureValue,
} from '../../lib/content/check-prose-numbers.ts';
import { contentDir, contentFile } from '../../errors/content-dir.ts';
import { findTypedNumbers } from '../../lib/content/find-typed-numbers.ts';
import { readFigureFiles } from '../../lib/content/read-figure-files.ts';
import { shownFile } from './remark-file.ts';

/** Front matter the reader sees: the title heads the page, the description shows in the contents and in search results. */
const shownFrontmatter = ['title', 'description'] as const;

/**
 * The figures, for suggestions only. Read when a problem is found, never on a clean build: every
 * MDX file of a large report would otherwise parse every figure file again.
 */
function figureValues(section: string): FigureValue[] {
  let values: FigureValue[];
  try {
    values = readFigureFiles(path.join(contentDir, 'figures')).flatMap(({ id, data }) =>
      typeof data['value'] === 'number' ? [{ id, value: data['value'] }] : [],
    );
  } catch {
    // A broken figure file has its own message from the figures loader; suggest nothing here.
    return [];
  }
  // The section's own figures first: the one the editor meant is most likely among them.
  const own = (figure: FigureValue) => (figure.id.startsWith(`${section}.`) ? 0 : 1);
  return values.sort((a, b) => own(a) - own(b));
}

/**
 * Remark plugin: stops the build when a section's prose holds a typed statistic instead of a
 * `<Stat>`, naming the file, the line, the number and the figure to use.
 */
const remarkProseNumbers: Plugin<[], Root> = () => (tree, file) => {
  const frontmatter: Readonly<Record<string, unknown>> = file.data.astro?.frontmatter ?? {};
  const inFrontmatter = shownFrontmatter.flatMap((field) => {
    const value = frontmatter[field];
    return typeof value === 'string' ? findTypedNumbers(value).map((number) => ({ field, number })) : [];
  });
  if (inFrontmatter.length === 0 && proseNumberProblems(tree, []).length === 0) return;

  const shown = shownFile(file);
  const section = path.basename(file.path ?? '', '.mdx');
  const figures = figureValues(section);
  const figuresFile = contentFile(`figures/${section}.yaml`);
  const messages = [
    ...inFrontmatter.map(({ field, number }) => formatFrontmatterNumberProblem(number.text, shown, field)),
    ...proseNumberProblems(tree, figures).map((problem) => formatProseNumberProblem(problem, shown, figuresFile)),
  ];
  throw new Error(messages.join('\n'));
};

export default remarkProseNumbers;
