import type { FigureRef } from './collect-figure-refs.ts';

export interface KnownIds {
  figures: ReadonlySet<string>;
  /** Chart ids, each with the section it belongs to. */
  charts: ReadonlyMap<string, string>;
}

/** What is wrong with one figure or chart reference, or undefined when nothing is. */
function figureRefProblem(ref: FigureRef, known: KnownIds, file: string, section: string): string | undefined {
  const where = ref.line === undefined ? file : `${file}:${ref.line}`;
  if (ref.component === 'Chart') {
    const chartSection = known.charts.get(ref.id);
    if (chartSection === undefined) {
      const ids = [...known.charts.keys()].sort();
      const hint = ids.length > 0 ? ` Chart ids: ${ids.join(', ')}.` : ' Charts are defined in content/charts/<id>.yaml.';
      return `${where}: <Chart> names chart "${ref.id}", but no chart has this id.${hint}`;
    }
    if (chartSection !== section) return `${where}: chart "${ref.id}" belongs to section "${chartSection}" (its "section" field), not "${section}".`;
    return undefined;
  }
  if (known.figures.has(ref.id)) return undefined;
  const prefix = ref.id.split('.')[0] ?? '';
  // Sorted, so that the message does not depend on the order the content store returns entries in.
  const sameSection = [...known.figures].filter((id) => id.startsWith(`${prefix}.`)).sort();
  const hint = sameSection.length > 0 ? ` Ids in "${prefix}": ${sameSection.join(', ')}.` : ' Figure ids are defined in content/figures/*.yaml.';
  return `${where}: <${ref.component}> names figure "${ref.id}", but no figure has this id.${hint}`;
}

/**
 * Every id a section names must exist in the data, and a chart must be shown in its own section:
 * a typo would otherwise render a page with a hole in a sentence. Each message points at the line
 * and suggests ids of the same section; every bad reference of the file is listed, in order.
 */
export function figureRefProblems(refs: readonly FigureRef[], known: KnownIds, file: string, section: string): string[] {
  return refs.map((ref) => figureRefProblem(ref, known, file, section)).filter((problem) => problem !== undefined);
}

/** Throws every problem of figureRefProblems at once. */
export function checkFigureRefs(refs: readonly FigureRef[], known: KnownIds, file: string, section: string): void {
  const problems = figureRefProblems(refs, known, file, section);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
