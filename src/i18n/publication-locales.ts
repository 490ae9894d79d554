import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { contentDir, contentFile, requireFile } from '../errors/content-dir.ts';
import { isKnownLocale, knownLocales, type Locale } from './locales.ts';

/*
 * The publication's languages, as content/report.yaml's `report.locales` lists them: the first is
 * the source language, at the site root; every other lives under its path prefix (/en/). Read
 * once, synchronously, when this module loads: the schemas (localizedText) and every page's
 * getStaticPaths need the list before Astro reads any collection.
 */

/** The publication's locales from report.yaml's parsed content; an error names the file, the field and the known locales. */
export function parsePublicationLocales(document: unknown, file: string): Locale[] {
  const report = isRecord(document) ? document['report'] : undefined;
  const listed = isRecord(report) ? report['locales'] : undefined;
  const known = `the locales the code knows are ${knownLocales.join(', ')}`;
  const expected = `a list of the publication's languages, source language first, such as [${knownLocales.slice(0, 2).join(', ')}]`;
  if (!Array.isArray(listed) || listed.length === 0) {
    throw new Error(`${file}: report.locales must be ${expected} (${known}).`);
  }
  const problems = listed.flatMap((value: unknown, index) => {
    if (typeof value !== 'string' || !isKnownLocale(value))
      return [`report.locales[${index}]: ${JSON.stringify(value)} is not a known locale`];
    if (listed.indexOf(value) !== index) return [`report.locales[${index}]: ${value} is listed twice`];
    return [];
  });
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')} (${known}).`);
  return listed as Locale[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What content/report.yaml holds, for the message that says it is missing. */
export const reportFileHolds = "the report's title, summary, publisher and key figures";

function readPublicationLocales(): Locale[] {
  const file = contentFile('report.yaml');
  let document: unknown;
  const absolute = path.join(contentDir, 'report.yaml');
  // The content loader's own check (src/content.config.ts), which this read comes before:
  // astro.config.mjs needs the languages, so a missing file stops the build here.
  requireFile(absolute, reportFileHolds);
  try {
    document = yaml.load(fs.readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new Error(`${file} could not be read for its locales: ${(error as Error).message}`, { cause: error });
  }
  return parsePublicationLocales(document, file);
}

/** The publication's languages, the source language first. */
export const locales: readonly Locale[] = readPublicationLocales();

/** The source language: the one the report was written in, at the site root. */
export const defaultLocale: Locale = locales[0] as Locale;

/**
 * Whether a locale is the source language: its readers need no original beside a term, and its
 * sections are the ones translations match.
 */
export function isSourceLocale(locale: Locale): boolean {
  return locale === defaultLocale;
}

/** Whether a string is one of the publication's locales (a content folder's name). */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
