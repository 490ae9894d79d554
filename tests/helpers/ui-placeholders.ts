/** The `{name}` placeholders of a UI string, sorted: `"{name} ({place}, {date})"` → `['date', 'name', 'place']`. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * Keys whose strings do not take the same placeholders in every dictionary. A string that drops
 * `{place}` in one language would silently leave the value out there; one that adds a placeholder
 * would stop the build only when a page renders it. One message per key, naming what differs.
 */
export function placeholderMismatches(dictionaries: Record<string, Record<string, string>>): string[] {
  const [first, ...others] = Object.entries(dictionaries);
  if (first === undefined) return [];
  const [firstLocale, firstDictionary] = first;
  const problems: string[] = [];
  for (const [key, template] of Object.entries(firstDictionary)) {
    const expected = placeholdersOf(template);
    for (const [locale, dictionary] of others) {
      const found = placeholdersOf(dictionary[key] ?? '');
      if (found.join() !== expected.join()) {
        const list = (names: string[]) => (names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', '));
        problems.push(`"${key}": ${firstLocale}.json has ${list(expected)}, ${locale}.json has ${list(found)}`);
      }
    }
  }
  return problems;
}
