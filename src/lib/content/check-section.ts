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
 * What a section page checks before it renders one language version of a section: every figure
 * and chart it names exists (and each chart is shown in its own section), and every term is in the
 * glossary (every unknown id of the file in one error); a translation shows the
 * same figures and charts as the source language, in the same order (every difference in one
 * error, so an editor fixes a translation in one pass), and then the same blocks.
 */
export function checkSection(
  slug: string,
  version: SectionVersion,
  known: KnownSectionIds,
  /** The source-language version a translation must match; undefined on the source language's own page. */
  sourceLanguage?: SectionVersion,
): void {
  const unknown = [
    ...figureRefProblems(version.refs, known, version.file, slug),
    ...termRefProblems(version.terms, known.terms, version.file, known.glossaryFile),
  ];
  if (unknown.length > 0) throw new Error(unknown.join('\n'));
  if (sourceLanguage === undefined) return;
  const problems = sectionRefsProblems(slug, sourceLanguage, version);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const blockProblem = compareSectionBlocks(slug, sourceLanguage, version);
  if (blockProblem !== undefined) throw new Error(blockProblem);
}
