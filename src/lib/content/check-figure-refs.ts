import type { FigureRef } from './collect-figure-refs.ts';

export interface KnownIds {
  figures: ReadonlySet<string>;
  /** Chart ids, each with the section it belongs to. */
  charts: ReadonlyMap<string, string>;
}

/**
 * Every id a section names must exist in the data, and a chart must be shown in its own section:
 * a typo would otherwise render a page with a hole in a sentence. The message points at the line
 * and suggests ids of the same section.
 */
export function checkFigureRefs(refs: readonly FigureRef[], known: KnownIds, file: string, section: string): void {
  for (const ref of refs) {
    const where = ref.line === undefined ? file : `${file}:${ref.line}`;
    if (ref.component === 'Chart') {
      const chartSection = known.charts.get(ref.id);
      if (chartSection === undefined) {
        const ids = [...known.charts.keys()].sort();
        const hint = ids.length > 0 ? ` Chart ids: ${ids.join(', ')}.` : ' Charts are defined in content/charts/<id>.yaml.';
        throw new Error(`${where}: <Chart> names chart "${ref.id}", but no chart has this id.${hint}`);
      }
      if (chartSection !== section) {
        throw new Error(`${where}: chart "${ref.id}" belongs to section "${chartSection}" (its "section" field), not "${section}".`);
      }
      continue;
    }
    if (known.figures.has(ref.id)) continue;
    const prefix = ref.id.split('.')[0] ?? '';
    // Sorted, so that the message does not depend on the order the content store returns entries in.
    const sameSection = [...known.figures].filter((id) => id.startsWith(`${prefix}.`)).sort();
    const hint = sameSection.length > 0 ? ` Ids in "${prefix}": ${sameSection.join(', ')}.` : ' Figure ids are defined in content/figures/*.yaml.';
    throw new Error(`${where}: <${ref.component}> names figure "${ref.id}", but no figure has this id.${hint}`);
  }
}
