import { type Locale } from '../../i18n/locales.ts';
import { defaultLocale, locales } from '../../i18n/publication-locales.ts';
import type { Chart } from '../../schemas/chart.ts';
import type { Figure } from '../../schemas/figure.ts';
import { chartProblems } from '../charts/chart-view.ts';
import { numberCharts } from '../charts/number-charts.ts';
import { glossaryEntries, unusedTermsProblem, type GlossaryEntry } from '../glossary/glossary-entries.ts';
import { figureSectionProblems } from './check-figure-sections.ts';
import { figureSourceProblems } from './check-figure-sources.ts';
import { reportRefProblems, type ReportFiles, type ReportRefs } from './check-report-refs.ts';
import { sectionProblems, type KnownSectionIds, type SectionVersion } from './check-section.ts';
import { pairSections, type SectionEntryLike, type SectionPair } from './pair-sections.ts';

/*
 * Every check that looks across content files, in one place: each file's own mistakes (syntax,
 * schema, a typed number) stop the build while Astro loads and compiles it; what remains is whether
 * the files agree with each other. Run once, before any page is built (src/queries/checked-report.ts),
 * so that an editor meets the same list whichever page the build happens to render first.
 */

/** A section entry as the checks read it: the pairing's fields, its title, and what the remark plugins recorded. */
export type SectionEntryToCheck = SectionEntryLike & { data: { title: string } };

/** The report's content, loaded and each file valid on its own. */
export interface ContentToCheck<S extends SectionEntryToCheck, Term extends { id: string }> {
  /** The files the messages name, as editors see them (`content/report.yaml`, the figures folder ...). */
  files: ReportFiles & { glossary: string };
  report: ReportRefs;
  sourceIds: ReadonlySet<string>;
  /** Every figure by id, in the order of the figures files. */
  figures: ReadonlyMap<string, Figure>;
  /** The file each figure comes from. */
  figureFiles: ReadonlyMap<string, string>;
  charts: readonly { id: string; file: string; chart: Chart }[];
  terms: readonly Term[];
  sections: readonly S[];
  /** A section's figures, charts, terms and blocks, as the remark plugins recorded them when it was compiled. */
  versionOf: (section: S) => SectionVersion;
}

/** What the pages read once the checks pass. */
export interface CheckedContent<S extends SectionEntryToCheck, Term extends { id: string }> {
  /** Every problem, one line each (a message may run over several), naming its file and field or id. */
  problems: string[];
  pairs: SectionPair<S>[];
  /** Chart id → its number in reading order ("图 3" is the third chart in every language). */
  chartNumbers: Map<string, number>;
  glossary: GlossaryEntry<Term>[];
}

/**
 * Checks that the content's files agree, and returns what the pages need of that agreement.
 * Problems come in the order an editor would fix them: the sections' files and their places, then
 * the figures, report.yaml and the charts against the data, then each section (its ids in every
 * language, then each translation against the source language), and last the glossary's unused terms.
 */
export function checkContent<S extends SectionEntryToCheck, Term extends { id: string }>(
  content: ContentToCheck<S, Term>,
): CheckedContent<S, Term> {
  const { pairs, problems: pairing } = pairSections(content.sections);
  const figureIds = new Set(content.figures.keys());
  const known: KnownSectionIds = {
    figures: figureIds,
    charts: new Map(content.charts.map(({ id, chart }) => [id, chart.section])),
    terms: new Set(content.terms.map((term) => term.id)),
    glossaryFile: content.files.glossary,
  };

  const figureSources = [...content.figures].map(([id, figure]) => ({
    id,
    source: figure.source,
    file: content.figureFiles.get(id) ?? '',
  }));
  const translations = locales.filter((locale) => locale !== defaultLocale);
  const paired = new Set(pairs.flatMap((pair) => locales.map((locale) => pair.byLocale[locale])));
  // A file left out of the pairs (a missing translation) still has its ids checked, after the pairs.
  const unpaired = content.sections.filter((section) => !paired.has(section)).sort((a, b) => a.id.localeCompare(b.id));
  const inSections = [
    ...pairs.flatMap((pair) => {
      const source = content.versionOf(pair.byLocale[defaultLocale]);
      return [
        sectionProblems(pair.slug, source, known),
        ...translations.map((locale) => sectionProblems(pair.slug, content.versionOf(pair.byLocale[locale]), known, source)),
      ];
    }),
    ...unpaired.map((section) => sectionProblems(slugOf(section), content.versionOf(section), known)),
  ].flat();

  // Numbered from the source language's sections, which every translation matches chart for chart.
  const chartNumbers = numberCharts(pairs.map((pair) => content.versionOf(pair.byLocale[defaultLocale]).refs));
  const shown = new Set(
    content.sections.flatMap((section) =>
      content
        .versionOf(section)
        .refs.filter((ref) => ref.component === 'Chart')
        .map((ref) => ref.id),
    ),
  );
  const unshown = content.charts
    .filter(({ id }) => !shown.has(id))
    .map(
      ({ id, file, chart }) =>
        `${file}: no section shows chart "${id}" as a <Chart id="${id}" /> element, so it has no number. Write the element in the text of section "${chart.section}", or delete the file.`,
    );

  const glossary = glossaryEntries(
    content.terms,
    pairs.map((pair) => ({
      slug: pair.slug,
      title: byLocale((locale) => pair.byLocale[locale].data.title),
      terms: byLocale((locale) => content.versionOf(pair.byLocale[locale]).terms),
    })),
    locales,
    defaultLocale,
  );
  const unusedTerms = unusedTermsProblem(glossary, locales, content.files.glossary);

  const problems = [
    ...pairing,
    ...figureSourceProblems(figureSources, content.sourceIds, content.files.sources),
    ...figureSectionProblems(content.figures, new Set(content.sections.map(slugOf))),
    ...reportRefProblems(content.report, { figures: figureIds, sources: content.sourceIds }, content.files),
    ...content.charts.flatMap(({ file, chart }) => chartProblems(chart, content.figures, file)),
    ...unshown,
    ...inSections,
    ...(unusedTerms === undefined ? [] : [unusedTerms]),
  ];
  return { problems, pairs, chartNumbers, glossary };
}

/** A section's slug: its file name, the same in every language (the entry id is `<locale>/<slug>`). */
function slugOf(section: SectionEntryLike): string {
  return section.id.split('/')[1] ?? section.id;
}

function byLocale<T>(value: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((locale) => [locale, value(locale)])) as Record<Locale, T>;
}
