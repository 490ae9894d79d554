import type { FigureRef } from './collect-figure-refs.ts';
import { contentFile } from '../../errors/content-dir.ts';
import { nonAsciiCharacter } from '../../schemas/id-rules.ts';

/**
 * An id with a letter outside ASCII (a Cyrillic і for the Latin i) looks like a known id in every
 * font: the message names the character and its code point instead of listing ids that look the same.
 */
export function lookalikeProblem(where: string, element: string, kind: string, id: string): string | undefined {
  const character = nonAsciiCharacter(id);
  if (character === undefined) return undefined;
  return `${where}: <${element}> names ${kind} ${JSON.stringify(id)}, which holds ${character}: not an ASCII letter, though it may look like one. Ids are written in a-z, 0-9, - and .; retype it.`;
}

export interface KnownIds {
  figures: ReadonlySet<string>;
  /** Chart ids, each with the section it belongs to. */
  charts: ReadonlyMap<string, string>;
}

/**
 * What is wrong with a <Stat>'s attributes besides its id: one it does not take (a typo such as
 * `from`), or a form it does not have (`form="numbers"`). Checked here, before any page renders, so
 * that the message names the file and line rather than a page (src/components/Stat.astro).
 */
function statAttributeProblems(ref: FigureRef, where: string): string[] {
  return Object.entries(ref.attributes ?? {}).flatMap(([name, value]) => {
    const written = value === true ? name : `${name}=${value.startsWith('{') ? value : JSON.stringify(value)}`;
    if (name !== 'form') {
      return [
        `${where}: <Stat id="${ref.id}"> has the attribute ${written}, which <Stat> does not take. Besides its id it takes only form="number", which leaves the unit out.`,
      ];
    }
    if (value === 'number') return [];
    return [`${where}: <Stat id="${ref.id}"> has ${written}, but form is "number" (to leave the unit out) or absent.`];
  });
}

/** What is wrong with one figure or chart reference, or undefined when nothing is. */
function figureRefProblem(ref: FigureRef, known: KnownIds, where: string, section: string): string | undefined {
  const lookalike = lookalikeProblem(where, ref.component, ref.component === 'Chart' ? 'chart' : 'figure', ref.id);
  if (lookalike !== undefined) return lookalike;
  if (ref.component === 'Chart') {
    const chartSection = known.charts.get(ref.id);
    if (chartSection === undefined) {
      const ids = [...known.charts.keys()].sort();
      const hint = ids.length > 0 ? ` Chart ids: ${ids.join(', ')}.` : ' Charts are defined in content/charts/<id>.yaml.';
      return `${where}: <Chart> names chart "${ref.id}", but no chart has this id.${hint}`;
    }
    if (chartSection !== section)
      return `${where}: chart "${ref.id}" belongs to section "${chartSection}" (its "section" field), not "${section}".`;
    return undefined;
  }
  if (known.figures.has(ref.id)) return undefined;
  const prefix = ref.id.split('.')[0] ?? '';
  // Sorted, so that the message does not depend on the order the content store returns entries in.
  const sameSection = [...known.figures].filter((id) => id.startsWith(`${prefix}.`)).sort();
  // The figures file is named: a file cut short (still valid YAML, its last figures lost) is found
  // there, not in the section that names them.
  const figuresFile = contentFile(`figures/${prefix}.yaml`);
  const hint =
    sameSection.length > 0
      ? ` ${figuresFile} defines: ${sameSection.join(', ')}. Add the figure there, or correct the id.`
      : ` ${figuresFile} defines no figure of "${prefix}". Add the figure there, or correct the id.`;
  return `${where}: <${ref.component}> names figure "${ref.id}", but no figure has this id.${hint}`;
}

/**
 * Every id a section names must exist in the data, and a chart must be shown in its own section:
 * a typo would otherwise render a page with a hole in a sentence; a <Stat> takes only the attributes
 * it knows. Each message points at the line and suggests ids of the same section; every bad
 * reference of the file is listed, in order.
 */
export function figureRefProblems(refs: readonly FigureRef[], known: KnownIds, file: string, section: string): string[] {
  return refs.flatMap((ref) => {
    const where = ref.line === undefined ? file : `${file}:${ref.line}`;
    const problem = figureRefProblem(ref, known, where, section);
    return [...(problem === undefined ? [] : [problem]), ...statAttributeProblems(ref, where)];
  });
}
