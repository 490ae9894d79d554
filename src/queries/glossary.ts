/*
 * The glossary (content/glossary.yaml): term lookups for <Term>, and every term with the sections
 * that use it, for the glossary pages. Checked with the rest of the content (checked-report.ts):
 * a term that no section marks, or a section that marks an unknown term, stops the build there.
 */
import { contentFile } from '../errors/content-dir.ts';
import type { GlossaryEntry } from '../lib/glossary/glossary-entries.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { checkedReport } from './checked-report.ts';

export const glossaryFile = () => contentFile('glossary.yaml');

/** A term by id; `usedBy` says where it was asked for. Sections are checked first (check-term-refs.ts), so this is a last guard. */
export async function getTerm(id: string, usedBy: string): Promise<GlossaryTerm> {
  const term = (await checkedReport()).terms.get(id);
  if (term === undefined) throw new Error(`${usedBy} names term "${id}", but ${glossaryFile()} has no term with this id.`);
  return term;
}

/** Every term, in the order the Chinese text first uses them, with the sections that use it in each language. */
export async function getGlossaryEntries(): Promise<GlossaryEntry<GlossaryTerm>[]> {
  return (await checkedReport()).glossary;
}
