import type { Locale } from '../../i18n/locales.ts';
import type { TermRef } from '../content/collect-term-refs.ts';

/** One section as the glossary page needs it: its slug, title and the terms it marks, per language. */
export interface SectionTerms {
  slug: string;
  title: Record<Locale, string>;
  terms: Record<Locale, readonly TermRef[]>;
}

/** A section in which a term is used: the glossary page links to the term's first use there. */
export interface TermUse {
  slug: string;
  title: string;
}

export interface GlossaryEntry<Term extends { id: string }> {
  term: Term;
  /** The sections, in report order, whose text in that language marks the term. */
  uses: Record<Locale, TermUse[]>;
}

/**
 * The glossary as its pages list it: every term with the sections that use it in each language.
 * Terms come in the order the report first uses them in `orderBy` (the source language, so that
 * both pages list them alike); sorting Chinese terms by pinyin would need a dictionary. A term no
 * section uses comes last, by id.
 */
export function glossaryEntries<Term extends { id: string }>(
  terms: readonly Term[],
  sections: readonly SectionTerms[],
  locales: readonly Locale[],
  orderBy: Locale,
): GlossaryEntry<Term>[] {
  const firstUse = new Map<string, number>();
  sections
    .flatMap((section) => section.terms[orderBy])
    .forEach((ref, index) => {
      if (!firstUse.has(ref.id)) firstUse.set(ref.id, index);
    });
  const usesIn = (id: string, locale: Locale): TermUse[] =>
    sections
      .filter((section) => section.terms[locale].some((ref) => ref.id === id))
      .map((section) => ({ slug: section.slug, title: section.title[locale] }));
  return [...terms]
    .sort((a, b) => (firstUse.get(a.id) ?? Infinity) - (firstUse.get(b.id) ?? Infinity) || a.id.localeCompare(b.id))
    .map((term) => ({
      term,
      uses: Object.fromEntries(locales.map((locale) => [locale, usesIn(term.id, locale)])) as Record<Locale, TermUse[]>,
    }));
}

/**
 * The glossary's promise is that each term links to where the report uses it: a term that no
 * section of a language marks would be published with nothing to link to, so the build stops.
 * One line per such term, naming the glossary file, the id and the languages; undefined when none.
 */
export function unusedTermsProblem<Term extends { id: string }>(
  entries: readonly GlossaryEntry<Term>[],
  locales: readonly Locale[],
  glossaryFile: string,
): string | undefined {
  const lines = entries.flatMap(({ term, uses }) => {
    const unused = locales.filter((locale) => uses[locale].length === 0);
    if (unused.length === 0) return [];
    return [
      `${glossaryFile}: term "${term.id}" is marked in no section in ${unused.join(', ')}. Mark its uses with <Term id="${term.id}">…</Term> in every language's sections, or remove it from the glossary.`,
    ];
  });
  return lines.length === 0 ? undefined : lines.join('\n');
}

/** The anchor of a term: its first use on a section page, and its entry on the glossary page. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

/**
 * Words that end in brackets of their own ("State Post Bureau (SPB)"): the words before the
 * brackets and what the brackets hold, so that a term's link and the original shown after it keep
 * each pair of brackets whole. undefined when the words do not end in one bracketed part.
 */
export function ownBrackets(words: string, openBracket: string, closeBracket: string): { head: string; inner: string } | undefined {
  const open = openBracket.trim();
  if (!words.endsWith(closeBracket)) return undefined;
  const start = words.lastIndexOf(open);
  const head = words.slice(0, Math.max(start, 0)).trimEnd();
  const inner = words.slice(start + open.length, words.length - closeBracket.length);
  if (start < 0 || head === '' || inner.trim() === '' || inner.includes(closeBracket)) return undefined;
  return { head, inner };
}
