import { lookalikeProblem } from './check-figure-refs.ts';
import type { TermRef } from './collect-term-refs.ts';

/**
 * Every term a section marks must be in the glossary: a typo would otherwise publish a term with
 * no Chinese original and no glossary entry. Each message names the line and lists the known ids;
 * every unknown term of the file is listed, in order.
 */
export function termRefProblems(refs: readonly TermRef[], known: ReadonlySet<string>, file: string, glossaryFile: string): string[] {
  // Sorted, so that the message does not depend on the order the content store returns entries in.
  const ids = [...known].sort();
  const hint = ids.length > 0 ? ` Term ids: ${ids.join(', ')}.` : ` ${glossaryFile} has no terms yet.`;
  return refs
    .filter((ref) => !known.has(ref.id))
    .map((ref) => {
      const where = ref.line === undefined ? file : `${file}:${ref.line}`;
      return (
        lookalikeProblem(where, 'Term', 'term', ref.id) ??
        `${where}: <Term> names term "${ref.id}", but ${glossaryFile} has no term with this id.${hint}`
      );
    });
}
