/*
 * The glossary (content/glossary.yaml): term lookups for <Term>, and every term with the sections
 * that use it, for the glossary pages. Read once per build; a missing term fails loudly.
 */
import { getCollection, render } from 'astro:content';
import { defaultLocale, locales } from '../i18n/locales.ts';
import { termRefsOf } from '../lib/content/collect-term-refs.ts';
import { contentFile } from '../lib/content/content-dir.ts';
import { glossaryEntries, unusedTermsProblem, type GlossaryEntry } from '../lib/glossary/glossary-entries.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { getSectionPairs } from './publication.ts';

export const glossaryFile = () => contentFile('glossary.yaml');

let termsById: Promise<Map<string, GlossaryTerm>> | undefined;

export function getTermsById(): Promise<Map<string, GlossaryTerm>> {
  termsById ??= getCollection('glossary').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
  return termsById;
}

/** A term by id; `usedBy` says where it was asked for. Sections are checked first (check-term-refs.ts), so this is a last guard. */
export async function getTerm(id: string, usedBy: string): Promise<GlossaryTerm> {
  const term = (await getTermsById()).get(id);
  if (term === undefined) throw new Error(`${usedBy} names term "${id}", but ${glossaryFile()} has no term with this id.`);
  return term;
}

let entries: Promise<GlossaryEntry<GlossaryTerm>[]> | undefined;

/**
 * Every term, in the order the Chinese text first uses them, with the sections that use it in each
 * language. A term that some language's sections never mark stops the build (unusedTermsProblem).
 */
export function getGlossaryEntries(): Promise<GlossaryEntry<GlossaryTerm>[]> {
  entries ??= (async () => {
    const terms = [...(await getTermsById()).values()];
    const sections = await Promise.all(
      (await getSectionPairs()).map(async (pair) => {
        const perLocale = await Promise.all(
          locales.map(async (locale) => {
            const entry = pair.byLocale[locale];
            return [locale, entry.data.title, termRefsOf((await render(entry)).remarkPluginFrontmatter)] as const;
          }),
        );
        return {
          slug: pair.slug,
          title: Object.fromEntries(perLocale.map(([locale, title]) => [locale, title])) as Record<(typeof locales)[number], string>,
          terms: Object.fromEntries(perLocale.map(([locale, , refs]) => [locale, refs])) as Record<
            (typeof locales)[number],
            ReturnType<typeof termRefsOf>
          >,
        };
      }),
    );
    const all = glossaryEntries(terms, sections, locales, defaultLocale);
    const unused = unusedTermsProblem(all, locales, glossaryFile());
    if (unused !== undefined) throw new Error(unused);
    return all;
  })();
  return entries;
}
