import { type Locale } from '../../i18n/locales.ts';
import { defaultLocale, isLocale, locales } from '../../i18n/publication-locales.ts';

/** What pairing needs of a section entry (an Astro collection entry satisfies it). */
export interface SectionEntryLike {
  /** `<locale>/<slug>`, from the glob loader. */
  id: string;
  /** The MDX file, as Astro reports it (`content/sections/zh/talent.mdx`). */
  filePath?: string | undefined;
  data: { order: number };
}

export interface SectionPair<T extends SectionEntryLike> {
  slug: string;
  order: number;
  byLocale: Record<Locale, T>;
}

function fileOf(entry: SectionEntryLike): string {
  return entry.filePath ?? `sections/${entry.id}.mdx`;
}

/** Where the same section in another language should be: the same name in that language's folder. */
function counterpartFile(entry: SectionEntryLike, from: Locale, to: Locale): string {
  return fileOf(entry).replace(new RegExp(`(^|/)${from}/([^/]+)$`), `$1${to}/$2`);
}

/** The sections paired across languages, and what is wrong with the pairing (empty when nothing is). */
export interface SectionPairing<T extends SectionEntryLike> {
  /** Every section present in every language, sorted by `order`. */
  pairs: SectionPair<T>[];
  problems: string[];
}

/**
 * Groups section entries by slug, one per locale, sorted by `order`. A section must exist in
 * every language under the same file name and the same order, or readers of one language would
 * meet a dead link in the language switch or a different table of contents. Every such mistake is
 * listed; a section missing in a language is left out of the pairs.
 */
export function pairSections<T extends SectionEntryLike>(entries: readonly T[]): SectionPairing<T> {
  const problems: string[] = [];
  const bySlug = new Map<string, Partial<Record<Locale, T>>>();
  for (const entry of entries) {
    const [folder = '', slug = ''] = entry.id.split('/');
    if (!isLocale(folder)) {
      problems.push(`${fileOf(entry)} is in a folder that is not a language of this report; expected one of: ${locales.join(', ')}.`);
      continue;
    }
    const group = bySlug.get(slug) ?? {};
    group[folder] = entry;
    bySlug.set(slug, group);
  }

  const pairs: SectionPair<T>[] = [];
  for (const [slug, group] of bySlug) {
    const missing = locales.filter((locale) => group[locale] === undefined);
    if (missing.length > 0) {
      const presentLocale = locales.find((other) => group[other] !== undefined) ?? defaultLocale;
      const present = group[presentLocale] as T;
      for (const locale of missing) {
        problems.push(
          `Section "${slug}" has no ${locale} version: ${fileOf(present)} exists but ${counterpartFile(present, presentLocale, locale)} does not. Every section needs one file per language, with the same name.`,
        );
      }
      continue;
    }
    const byLocale = group as Record<Locale, T>;
    const order = byLocale[defaultLocale].data.order;
    for (const locale of locales) {
      if (byLocale[locale].data.order !== order) {
        problems.push(
          `Section "${slug}": order is ${order} in ${fileOf(byLocale[defaultLocale])} but ${byLocale[locale].data.order} in ${fileOf(byLocale[locale])}. A section has the same place in every language.`,
        );
      }
    }
    pairs.push({ slug, order, byLocale });
  }

  pairs.sort((a, b) => a.order - b.order);
  pairs.forEach((pair, index) => {
    const next = pairs[index + 1];
    if (next !== undefined && next.order === pair.order) {
      problems.push(
        `Sections "${pair.slug}" and "${next.slug}" both have order ${pair.order}; give each section its own place in the report.`,
      );
    }
  });
  return { pairs, problems };
}
