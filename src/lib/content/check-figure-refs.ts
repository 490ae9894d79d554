import type { FigureRef } from './collect-figure-refs.ts';

/**
 * Every id a section names must exist in the data: a typo would otherwise render a page with a
 * hole in a sentence. The message points at the line and suggests ids of the same section.
 */
export function checkFigureRefs(refs: readonly FigureRef[], knownIds: ReadonlySet<string>, file: string): void {
  for (const ref of refs) {
    if (ref.component === 'Chart' || knownIds.has(ref.id)) continue;
    const prefix = ref.id.split('.')[0] ?? '';
    const sameSection = [...knownIds].filter((id) => id.startsWith(`${prefix}.`));
    const hint = sameSection.length > 0 ? ` Ids in "${prefix}": ${sameSection.join(', ')}.` : ' Figure ids are defined in content/figures/*.yaml.';
    const where = ref.line === undefined ? file : `${file}:${ref.line}`;
    throw new Error(`${where}: <${ref.component}> names figure "${ref.id}", but no figure has this id.${hint}`);
  }
}
