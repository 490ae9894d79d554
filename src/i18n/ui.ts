import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { contentDir, contentFile } from '../errors/content-dir.ts';
import { friendlyErrorMap, problemLine } from '../errors/schema-errors.ts';
import type { Locale } from './locales.ts';
import { locales } from './publication-locales.ts';
import { placeholderMismatches, placeholderPattern } from './ui-placeholders.ts';
import { uiSchema, type UIKey, type UIStrings } from './ui-schema.ts';
import en from './ui/en.json';
import zh from './ui/zh.json';

/*
 * Every UI string of a published locale comes from the code's built-in dictionary of its language
 * (src/i18n/ui/<locale>.json, when there is one) under the publication's own file
 * (content/ui/<locale>.yaml), which supplies a language the code has no strings for or overrides
 * some. The merged dictionary is parsed with the strict uiSchema: a missing key stops the build,
 * naming the file to add it to and the key. A supplied string takes the same {placeholders} as the
 * code's own (src/i18n/ui-placeholders.ts).
 */

/** The dictionaries that ship with the code, by locale; a known locale without one takes all its strings from the content. */
const builtInDictionaries: Partial<Record<Locale, unknown>> = { zh, en };
/** The placeholders each key takes, as the pages fill them (zh.json takes the same: tests/unit/ui.test.ts). */
const placeholderReference = { 'src/i18n/ui/en.json': en };

/** Where a locale's strings are written: the file that would hold a missing key. */
export interface DictionarySource {
  /** The built-in dictionary, if the code has one for the locale. */
  builtIn?: unknown;
  /** The publication's own strings (content/ui/<locale>.yaml), if it has the file. */
  supplied?: unknown;
  /** The file an editor fixes: the publication's file when there is one, else the built-in one. */
  file: string;
}

/** The publication's strings over the built-in ones, key by key; a supplied file that is not a group of strings is kept as it is, for the schema to name. */
export function mergeDictionary(builtIn: unknown, supplied: unknown): unknown {
  if (supplied === undefined) return builtIn;
  if (!isRecord(supplied) || !isRecord(builtIn)) return supplied;
  return { ...builtIn, ...supplied };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A dictionary parsed with the strict uiSchema, or the problems of it, each line naming a key. */
function dictionaryProblems(raw: unknown): { strings: UIStrings } | { problems: string[] } {
  const result = uiSchema.safeParse(raw, { error: friendlyErrorMap });
  return result.success ? { strings: result.data } : { problems: result.error.issues.map((issue) => `  - ${problemLine(issue)}`) };
}

const schemaMismatch = (file: string, problems: string[]) => `${file} does not match the UI strings schema:\n${problems.join('\n')}`;

/** One dictionary from its file's content; an error names the file and every key that is wrong. */
export function parseDictionary(file: string, raw: unknown): UIStrings {
  const parsed = dictionaryProblems(raw);
  if ('strings' in parsed) return parsed.strings;
  throw new Error(schemaMismatch(file, parsed.problems));
}

/**
 * Every locale's merged dictionary; one error lists the problems of them all, under each file's name.
 */
export function parseDictionaries(sources: ReadonlyMap<Locale, DictionarySource>): Map<Locale, UIStrings> {
  const dictionaries = new Map<Locale, UIStrings>();
  const errors: string[] = [];
  for (const [locale, { builtIn, supplied, file }] of sources) {
    if (builtIn === undefined && supplied === undefined) {
      errors.push(
        `${file} is missing: the code has no UI strings of ${locale}, so the publication supplies every one there (docs/editing.md, “Add a language”).`,
      );
      continue;
    }
    const parsed = dictionaryProblems(mergeDictionary(builtIn, supplied));
    if ('strings' in parsed) dictionaries.set(locale, parsed.strings);
    else errors.push(schemaMismatch(file, parsed.problems));
    if (isRecord(supplied)) errors.push(...placeholderMismatches({ ...placeholderReference, [file]: supplied }));
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return dictionaries;
}

/** A published locale's sources: the built-in dictionary and content/ui/<locale>.yaml, when it exists. */
function dictionarySource(locale: Locale): DictionarySource {
  const relative = `ui/${locale}.yaml`;
  const absolute = path.join(contentDir, relative);
  const builtIn = builtInDictionaries[locale];
  if (!fs.existsSync(absolute)) return { builtIn, file: builtIn === undefined ? contentFile(relative) : `src/i18n/ui/${locale}.json` };
  let supplied: unknown;
  try {
    supplied = yaml.load(fs.readFileSync(absolute, 'utf8')) ?? {};
  } catch (error) {
    throw new Error(`${contentFile(relative)} could not be read: ${(error as Error).message}`, { cause: error });
  }
  return { builtIn, supplied, file: contentFile(relative) };
}

let publicationDictionaries: Map<Locale, UIStrings> | undefined;

/** The dictionaries of the publication's locales, read and checked on first use. */
function dictionaryOf(locale: Locale): UIStrings {
  publicationDictionaries ??= parseDictionaries(new Map(locales.map((published) => [published, dictionarySource(published)])));
  const dictionary = publicationDictionaries.get(locale);
  if (dictionary === undefined)
    throw new Error(`${locale} is not a locale of the publication (${contentFile('report.yaml')} lists ${locales.join(', ')})`);
  return dictionary;
}

/** Fills `{name}` placeholders; an unknown placeholder is an error, not a blank. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(placeholderPattern, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {${name}}`);
    return value;
  });
}

/** A locale's UI string of a key, with its `{name}` placeholders filled. */
export type Translate = (key: UIKey, values?: Record<string, string>) => string;

/** The UI strings of one locale: `const t = useTranslations(locale); t('nav.home')`. Pages read theirs from `Astro.locals.t`. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaryOf(locale);
  return (key: UIKey, values?: Record<string, string>) => (values === undefined ? dictionary[key] : interpolate(dictionary[key], values));
}
