/*
 * Queries of the content, shared by pages and components. They read the checked report
 * (checked-report.ts: every collection read and checked once per build) and lookups fail loudly
 * with the missing id.
 */
import { getEntry } from 'astro:content';
import { contentFile } from '../errors/content-dir.ts';
import type { SectionPair } from '../lib/content/pair-sections.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Edition } from '../schemas/edition.ts';
import type { Report, Source } from '../schemas/report.ts';
import { checkedReport, type SectionEntry } from './checked-report.ts';

/** Every figure by id, in the order of the figures files; each names a source of sources.yaml. */
export async function getFiguresById(): Promise<ReadonlyMap<string, Figure>> {
  return (await checkedReport()).figures;
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
export async function getSectionPairs(): Promise<SectionPair<SectionEntry>[]> {
  return (await checkedReport()).pairs;
}

export async function getReport(): Promise<Report> {
  return (await checkedReport()).report;
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
  const source = (await checkedReport()).sources.get(id);
  if (source === undefined) {
    throw new Error(`${usedBy} names source "${id}", but ${contentFile('sources.yaml')} has no source with this id.`);
  }
  return source;
}
