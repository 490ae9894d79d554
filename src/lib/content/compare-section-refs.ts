import type { FigureRef } from './collect-figure-refs.ts';

/** One language version of a section: its MDX file and the figures and charts it shows, in order. */
export interface SectionRefs {
  file: string;
  refs: readonly FigureRef[];
}

/** What the reader sees: a figure (in a sentence or a key-figure card) or a chart. */
function shown(ref: FigureRef): string {
  return ref.component === 'Chart' ? `chart "${ref.id}"` : `figure "${ref.id}"`;
}

/** `ref` located in its file, for the message: `content/sections/zh/talent.mdx:12`. */
function at(file: string, ref: FigureRef): string {
  return ref.line === undefined ? file : `${file}:${ref.line}`;
}

/** The refs of `from` that `to` lacks, counting repeats: a figure shown twice must be shown twice. */
function missingFrom(from: SectionRefs, to: SectionRefs): FigureRef[] {
  const remaining = to.refs.map(shown);
  return from.refs.filter((ref) => {
    const index = remaining.indexOf(shown(ref));
    if (index === -1) return true;
    remaining.splice(index, 1);
    return false;
  });
}

const advice = 'Every language shows the same figures and charts, in the same order.';

/**
 * Translation parity: each language version of a section shows the same figures and charts in the
 * same order as the source language, so a reader switching language finds the same numbers in
 * the same places. Returns one message per difference, naming both files.
 */
export function sectionRefsProblems(slug: string, sourceLanguage: SectionRefs, translation: SectionRefs): string[] {
  const problems = [
    ...missingFrom(sourceLanguage, translation).map(
      (ref) => `Section "${slug}": ${at(sourceLanguage.file, ref)} shows ${shown(ref)}, but ${translation.file} does not. ${advice}`,
    ),
    ...missingFrom(translation, sourceLanguage).map(
      (ref) => `Section "${slug}": ${at(translation.file, ref)} shows ${shown(ref)}, but ${sourceLanguage.file} does not. ${advice}`,
    ),
  ];
  if (problems.length > 0) return problems;
  const order = (side: SectionRefs) => side.refs.map((ref) => ref.id).join(', ');
  const sequence = (side: SectionRefs) => side.refs.map(shown).join('\n');
  if (sequence(sourceLanguage) !== sequence(translation)) {
    return [
      `Section "${slug}" shows its figures in a different order: ${sourceLanguage.file} has ${order(sourceLanguage)}; ${translation.file} has ${order(translation)}. ${advice}`,
    ];
  }
  return [];
}
