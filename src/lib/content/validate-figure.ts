import { locales } from '../../i18n/locales.ts';
import { figureSchema } from '../../schemas/figure.ts';
import { formatComparisonProblem, unmarkedComparisons } from './comparison-words.ts';
import type { FigureRecord } from './read-figure-files.ts';
import { friendlyErrorMap, problemLine } from './schema-errors.ts';

/**
 * Checks one figure against the schema and explains every problem in the editor's terms:
 * the file, the figure id, the field and what was expected. The loader checks every figure before
 * handing it to Astro, so that one message lists every problem of a figure, under its file.
 */
export function figureProblems(record: FigureRecord): string | undefined {
  const result = figureSchema.safeParse(record.data, { error: friendlyErrorMap });
  if (result.success) return undefined;
  const lines = result.error.issues.map((issue) => `  - ${problemLine(issue)}`);
  return `${record.filePath}: figure "${record.id}" is not valid:\n${lines.join('\n')}`;
}

/**
 * A figure's label is what a key-figure card and the data page show under the value: it names
 * the figure and makes no comparison ("far more than", 远多于) unless the source makes it.
 */
export function figureLabelProblems(record: FigureRecord): string | undefined {
  const label = record.data['label'] as Record<string, unknown> | undefined;
  for (const locale of locales) {
    const text = label?.[locale];
    const [words] = typeof text === 'string' ? unmarkedComparisons(text) : [];
    if (words !== undefined) return formatComparisonProblem(`${record.filePath}: figure "${record.id}" label.${locale}`, words);
  }
  return undefined;
}
