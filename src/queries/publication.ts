/*
 * Queries of the content collections, shared by pages and components. Each collection is read
 * once per build (the promises are memoised) and lookups fail loudly with the missing id.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentFile } from '../lib/content/content-dir.ts';
import { figuresLoadError } from '../lib/content/figures-load-error.ts';
import { pairSections, type SectionPair } from '../lib/content/pair-sections.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Edition } from '../schemas/edition.ts';
import type { Report, Source } from '../schemas/report.ts';

export type SectionEntry = CollectionEntry<'sections'>;

let figuresById: Promise<Map<string, Figure>> | undefined;
let sectionPairs: Promise<SectionPair<SectionEntry>[]> | undefined;

/**
 * Every figure by id. A figure that cites a source missing from sources.yaml stops the build here,
 * naming the figure and its file, before a chart or a download meets it and blames itself.
 */
export function getFiguresById(): Promise<Map<string, Figure>> {
  // In `astro dev`, a figures file saved with a mistake: show it instead of the last good values.
  const loadError = figuresLoadError();
  if (loadError !== undefined) return Promise.reject(loadError);
  figuresById ??= Promise.all([getCollection('figures'), getCollection('sources')]).then(([entries, sources]) => {
    const sourceIds = new Set(sources.map((source) => source.id));
    // Sorted, so that the message does not depend on the order the content store returns entries in.
    const unknown = entries.filter((entry) => !sourceIds.has(entry.data.source)).sort((a, b) => a.id.localeCompare(b.id));
    if (unknown.length > 0) throw new Error(unknown.map((entry) => unknownSourceMessage(entry, [...sourceIds])).join('\n'));
    return new Map(entries.map((entry) => [entry.id, entry.data]));
  });
  return figuresById;
}

function unknownSourceMessage(entry: CollectionEntry<'figures'>, known: string[]): string {
  const file = entry.filePath ?? contentFile(`figures/${entry.data.section}.yaml`);
  const ids = known.length > 0 ? `Source ids: ${known.sort().join(', ')}.` : 'It has no sources yet.';
  return `${file}: figure "${entry.id}" names source "${entry.data.source}", but ${contentFile('sources.yaml')} has no source with this id. ${ids}`;
}

let figureIds: Promise<ReadonlySet<string>> | undefined;

/** Every figure id, once per build: each section page checks its refs against them. */
export function getFigureIds(): Promise<ReadonlySet<string>> {
  figureIds ??= getFiguresById().then((figures) => new Set(figures.keys()));
  return figureIds;
}

/** A figure by id; `usedBy` says where it was asked for, for the error message. */
export async function getFigure(id: string, usedBy: string): Promise<Figure> {
  const figure = (await getFiguresById()).get(id);
  if (figure === undefined) {
    throw new Error(`${usedBy} names figure "${id}", but no figure in ${contentFile('figures')} has this id.`);
  }
  return figure;
}

/** The report's sections in order, each in every language (see pairSections for the checks). */
export function getSectionPairs(): Promise<SectionPair<SectionEntry>[]> {
  sectionPairs ??= getCollection('sections').then(pairSections);
  return sectionPairs;
}

export async function getReport(): Promise<Report> {
  const entry = await getEntry('report', 'report');
  if (entry === undefined) throw new Error(`${contentFile('report.yaml')} must define an entry named "report".`);
  return entry.data;
}

let edition: Promise<Edition> | undefined;

/**
 * What the About pages say about this edition. Read once per build, so that an edition without an
 * address for corrections is reported once: a warning, not an error, since the page says so honestly.
 */
export function getEdition(): Promise<Edition> {
  edition ??= (async () => {
    const entry = await getEntry('edition', 'edition');
    if (entry === undefined) throw new Error(`${contentFile('edition.yaml')} must define an entry named "edition".`);
    if (entry.data.corrections === undefined) {
      console.warn(
        `${contentFile('edition.yaml')}: corrections.url is not set, so the About pages cannot say where to report an error. Set it to the project's issue tracker or a contact page.`,
      );
    }
    return entry.data;
  })();
  return edition;
}

export async function getSource(id: string, usedBy: string): Promise<Source> {
  const entry = await getEntry('sources', id);
  if (entry === undefined) {
    throw new Error(`${usedBy} names source "${id}", but ${contentFile('sources.yaml')} has no source with this id.`);
  }
  return entry.data;
}
