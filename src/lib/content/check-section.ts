import { figureRefProblems, type KnownIds } from './check-figure-refs.ts';
import type { FigureRef } from './collect-figure-refs.ts';
import { termRefsOf, type TermRef } from './collect-term-refs.ts';
import { termRefProblems } from './check-term-refs.ts';
import { sectionRefsProblems } from './compare-section-refs.ts';
import { figureRefsOf } from './figure-refs-of.ts';
import { compareSectionBlocks, type SectionBlock } from './section-blocks.ts';

/** One language version of a section, as the remark plugins recorded it: its file, its figure refs and its blocks. */
export interface SectionVersion {
  file: string;
  refs: readonly FigureRef[];
  terms: readonly TermRef[];
  blocks: readonly SectionBlock[];
}

/** A section version from its `remarkPluginFrontmatter` (src/integrations/remark/figure-refs.ts, section-blocks.ts). */
export function sectionVersion(file: string, remarkPluginFrontmatter: Record<string, unknown>): SectionVersion {
  return {
    file,
    refs: figureRefsOf(remarkPluginFrontmatter),
    terms: termRefsOf(remarkPluginFrontmatter),
    blocks: (remarkPluginFrontmatter['sectionBlocks'] ?? []) as SectionBlock[],
  };
}

/** What the data and the glossary define: the ids a section may name. */
export interface KnownSectionIds extends KnownIds {
  /** The ids of content/glossary.yaml. */
  terms: ReadonlySet<string>;
  /** The glossary file, as editors see it, for the message. */
  glossaryFile: string;
}

/**
 * What is wrong with one language version of a section: a figure or chart it names that does not
 * exist (or a chart shown outside its own section), a term missing from the glossary (every
 * unknown id of the file, in order); for a translation with none of those, the figures and charts
 * it shows that differ from the source language's (every difference, so an editor fixes a
 * translation in one pass), and, when those agree, the first block that differs. One difference
 * at a time within a file: a missing chart is also a missing block, and saying it twice would only
 * repeat it. Empty when nothing is wrong.
 */
export function sectionProblems(
  slug: string,
  version: SectionVersion,
  known: KnownSectionIds,
  /** The source-language version a translation must match; undefined for the source language itself. */
  sourceLanguage?: SectionVersion,
): string[] {
  const unknown = [
    ...figureRefProblems(version.refs, known, version.file, slug),
    ...termRefProblems(version.terms, known.terms, version.file, known.glossaryFile),
  ];
  if (unknown.length > 0 || sourceLanguage === undefined) return unknown;
  const differences = sectionRefsProblems(slug, sourceLanguage, version);
  if (differences.length > 0) return differences;
  const blockProblem = compareSectionBlocks(slug, sourceLanguage, version);
  return blockProblem === undefined ? [] : [blockProblem];
}
