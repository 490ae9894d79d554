/*
 * What an id may be. Ids name pages and files (/figures/<id>/, data/figures/<id>.csv,
 * og/en/figures/<id>.png, /talent/ for a section file), so they are ASCII and short: a 300-letter
 * id stopped the build with ENAMETOOLONG and a stack trace, and a Cyrillic і in place of the Latin
 * i made an id that no message could show to be different from the right one.
 */

/** The longest id or content file name: a file system allows 255 bytes a name, and ids go into names with suffixes. */
export const maxIdLength = 80;

/** The first character of `id` outside ASCII, shown with its code point: `"і" (U+0456)`; undefined when there is none. */
export function nonAsciiCharacter(id: string): string | undefined {
  for (const character of id) {
    const code = character.codePointAt(0) ?? 0;
    if (code > 0x7e || code < 0x20) return `${JSON.stringify(character)} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  }
  return undefined;
}

/**
 * Why `id` is not allowed by the character and length rules, as the end of a sentence that
 * begins with what the id is; undefined when it passes them (its format is checked by the caller).
 */
export function idRuleProblem(id: string): string | undefined {
  const character = nonAsciiCharacter(id);
  if (character !== undefined) {
    return `it holds ${character}, which is not an ASCII letter, digit or hyphen, though it may look like one: ids are written in a-z, 0-9 and -; retype it`;
  }
  if (id.length > maxIdLength) {
    return `it is ${id.length} characters long; the limit is ${maxIdLength}, because it names the page and files of what it identifies: shorten it`;
  }
  return undefined;
}
