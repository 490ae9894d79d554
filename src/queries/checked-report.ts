/*
 * The report's content, checked as a whole once per build: the one place that reads Astro's
 * collections. Every query and page reads from here, so whichever page the build renders first, the
 * cross-file checks (src/lib/content/check-content.ts) have run on everything before any page is
 * built, and a mistake stops the build with one error that lists every problem with its file.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { type Locale } from '../i18n/locales.ts';
import { locales } from '../i18n/publication-locales.ts';
import { buildChartView, type ChartView } from '../lib/charts/chart-view.ts';
import { checkContent } from '../lib/content/check-content.ts';
import { sectionVersion, type SectionVersion } from '../lib/content/check-section.ts';
import { contentFile } from '../errors/content-dir.ts';
import { figuresLoadError } from '../lib/content/figures-load-error.ts';
import type { SectionPair } from '../lib/content/pair-sections.ts';
import type { GlossaryEntry } from '../lib/glossary/glossary-entries.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Figure } from '../schemas/figure.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Report, Source } from '../schemas/report.ts';

export type SectionEntry = CollectionEntry<'sections'>;

/** A chart and what it shows in each language. */
export interface CheckedChart {
  chart: Chart;
  views: Record<Locale, ChartView>;
}

export interface CheckedReport {
  report: Report;
  sources: ReadonlyMap<string, Source>;
  /** Every figure by id, in the order of the figures files. */
  figures: ReadonlyMap<string, Figure>;
  /** The sections in order, each in every language. */
  pairs: SectionPair<SectionEntry>[];
  charts: ReadonlyMap<string, CheckedChart>;
  /** Chart id → its number in reading order, the same in every language. */
  chartNumbers: ReadonlyMap<string, number>;
  terms: ReadonlyMap<string, GlossaryTerm>;
  /** Every term with the sections that use it in each language, in the order the source language first uses them. */
  glossary: GlossaryEntry<GlossaryTerm>[];
}

export const chartFile = (id: string) => contentFile(`charts/${id}.yaml`);

let checked: Promise<CheckedReport> | undefined;

/**
 * The checked report; the first call loads and checks it, later calls wait for the same result.
 * Throws one error listing every problem the content's files have with each other.
 */
export function checkedReport(): Promise<CheckedReport> {
  // In `astro dev`, a figures file saved with a mistake (figures-load-error.ts): show it instead of the last good values.
  const loadError = figuresLoadError();
  if (loadError !== undefined) return Promise.reject(loadError);
  // A failed check is not kept: in `astro dev` the next request checks the content again.
  checked ??= loadAndCheck().catch((error: unknown) => {
    checked = undefined;
    throw error;
  });
  return checked;
}

async function loadAndCheck(): Promise<CheckedReport> {
  const [reportEntry, sourceEntries, figureEntries, chartEntries, termEntries, sectionEntries] = await Promise.all([
    getEntry('report', 'report'),
    getCollection('sources'),
    getCollection('figures'),
    getCollection('charts'),
    getCollection('glossary'),
    getCollection('sections'),
  ]);
  if (reportEntry === undefined) throw new Error(`${contentFile('report.yaml')} must define an entry named "report".`);
  // What the checks need of a section is recorded by the remark plugins when it is compiled.
  const versions = new Map<SectionEntry, SectionVersion>(
    await Promise.all(
      sectionEntries.map(
        async (entry) => [entry, sectionVersion(entry.filePath ?? entry.id, (await render(entry)).remarkPluginFrontmatter)] as const,
      ),
    ),
  );
  const figures = new Map(figureEntries.map((entry) => [entry.id, entry.data]));
  const sources = new Map(sourceEntries.map((entry) => [entry.id, entry.data]));
  const terms = termEntries.map((entry) => entry.data);
  const { problems, pairs, chartNumbers, glossary } = checkContent({
    files: {
      report: contentFile('report.yaml'),
      sources: contentFile('sources.yaml'),
      figures: contentFile('figures'),
      glossary: contentFile('glossary.yaml'),
    },
    report: reportEntry.data,
    sourceIds: new Set(sources.keys()),
    figures,
    figureFiles: new Map(figureEntries.map((entry) => [entry.id, entry.filePath ?? contentFile(`figures/${entry.data.section}.yaml`)])),
    charts: chartEntries.map(({ id, data }) => ({ id, file: chartFile(id), chart: data })),
    terms,
    sections: sectionEntries,
    versionOf: (entry) => versions.get(entry) as SectionVersion,
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const charts = new Map(
    chartEntries.map(({ id, data }) => {
      const views = Object.fromEntries(locales.map((locale) => [locale, buildChartView(id, data, figures, locale, chartFile(id))]));
      return [id, { chart: data, views: views as Record<Locale, ChartView> }];
    }),
  );
  return {
    report: reportEntry.data,
    sources,
    figures,
    pairs,
    charts,
    chartNumbers,
    terms: new Map(terms.map((term) => [term.id, term])),
    glossary,
  };
}
