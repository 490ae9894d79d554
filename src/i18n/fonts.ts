import { locales } from './publication-locales.ts';
import { localeConventions } from './conventions.ts';

/**
 * Every locale's font packages in one order that keeps each locale's own preference: a package
 * comes before every package a locale lists after it. Charts draw every language with this one
 * list (Noto Sans before Noto Sans SC, as English asks; Chinese lists Noto Sans SC alone).
 */
export function mergedFontPackages(
  lists: readonly (readonly string[])[] = locales.map((locale) => localeConventions[locale].fontPackages),
): string[] {
  const merged: string[] = [];
  for (const list of lists) {
    list.forEach((name, index) => {
      if (merged.includes(name)) return;
      // Before every package this list prefers it to that is placed already.
      const placedLater = list
        .slice(index + 1)
        .map((later) => merged.indexOf(later))
        .filter((position) => position >= 0);
      if (placedLater.length === 0) merged.push(name);
      else merged.splice(Math.min(...placedLater), 0, name);
    });
  }
  return merged;
}
