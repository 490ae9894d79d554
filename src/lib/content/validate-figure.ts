import { figureSchema } from '../../schemas/figure.ts';
import type { FigureRecord } from './read-figure-files.ts';

/**
 * Checks one figure against the schema and explains every problem in the editor's terms:
 * the file, the figure id, the field and what was expected. Astro would report the same
 * problems, but its wording ("Did not match union") does not say what a unit may be.
 */
export function figureProblems(record: FigureRecord): string | undefined {
  const result = figureSchema.safeParse(record.data);
  if (result.success) return undefined;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(the figure itself)';
    return `  - ${field}: ${issue.message}`;
  });
  return `${record.filePath}: figure "${record.id}" is not valid:\n${lines.join('\n')}`;
}
