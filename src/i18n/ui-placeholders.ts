/*
 * The `{name}` placeholders of UI strings, which pages fill with values (a date, a place, a
 * figure's number). A translation that drops one would silently leave its value out of the page,
 * and one that adds an unknown one would stop the build only when a page renders it; so every
 * language's string of a key takes the same placeholders as the code's own.
 */

/** A placeholder in a UI string, `{name}`, its name captured: what interpolate fills and what is compared here. */
export const placeholderPattern = /\{(\w+)\}/g;

/** The placeholders a UI string takes, each once, sorted: `"{name} ({place}, {date})"` → `['date', 'name', 'place']`. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(placeholderPattern)].map((match) => match[1] ?? ''))].sort();
}

const listed = (names: string[]) => (names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', '));

/**
 * Keys whose strings do not take the same placeholders in every dictionary, compared with the
 * first; the dictionaries are named by their files. One message per key and file, naming both lists.
 */
export function placeholderMismatches(dictionaries: Record<string, Readonly<Record<string, unknown>>>): string[] {
  const [first, ...others] = Object.entries(dictionaries);
  if (first === undefined) return [];
  const [referenceFile, reference] = first;
  const problems: string[] = [];
  for (const [file, dictionary] of others) {
    for (const [key, template] of Object.entries(dictionary)) {
      const expected = reference[key];
      if (typeof template !== 'string' || typeof expected !== 'string') continue;
      const [found, takes] = [placeholdersOf(template), placeholdersOf(expected)];
      if (found.join() !== takes.join())
        problems.push(
          `${file}: "${key}" has ${listed(found)}, but the pages fill ${listed(takes)} (as in ${referenceFile}). Keep the placeholders as they are, each in braces; translate the words around them.`,
        );
    }
  }
  return problems;
}
