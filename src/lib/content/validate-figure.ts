import { defaultLocale, locales } from '../../i18n/publication-locales.ts';
import { figureSchema, type Figure } from '../../schemas/figure.ts';
import { formatFigure } from '../format/format-figure.ts';
import { formatComparisonProblem, unmarkedComparisons } from './comparison-words.ts';
import type { FigureRecord } from './read-figure-files.ts';
import { friendlyErrorMap, problemLine } from '../../errors/schema-errors.ts';

/**
 * Checks one figure against the schema and explains every problem in the editor's terms:
 * the file, the figure id, the field and what was expected. The loader checks every figure before
 * handing it to Astro, so that one message lists every problem of a figure, under its file.
 */
export function figureProblems(record: FigureRecord): string | undefined {
  const result = figureSchema.safeParse(record.data, { error: friendlyErrorMap });
  const issues = result.success ? asWrittenIssues(result.data) : result.error.issues;
  if (issues.length === 0) return undefined;
  const lines = issues.map((issue) => `  - ${problemLine(issue)}`);
  return `${record.filePath}: figure "${record.id}" is not valid:\n${lines.join('\n')}`;
}

/**
 * The figure as the site writes it in the source language's prose (the root locale) must be the
 * number as the source writes it.
 * Compared only for an otherwise valid figure: a negative value or a stray decimal already has its
 * message, and a second one about the same value would only repeat it. Here rather than in the
 * schema, because the schemas sit below the number formatting they would otherwise import.
 */
function asWrittenIssues(figure: Figure): { path: string[]; message: string }[] {
  const shown = formatFigure(figure, defaultLocale, { context: 'prose' });
  if (shown === figure.asWritten) return [];
  return [
    {
      path: ['asWritten'],
      message: `the source writes "${figure.asWritten}", but value, unit and qualifier give "${shown}": check them against the source (value in base units: 超百亿元 is 10000000000)`,
    },
  ];
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
