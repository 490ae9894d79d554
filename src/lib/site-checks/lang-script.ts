/*
 * The readers' checks look at text by the `lang` attribute around it, any BCP 47 tag (zh-CN,
 * zh-Hant, en, en-GB): what they check depends on the script the language is written in, not on
 * which language it is, so a new locale is checked by its script with no code of its own.
 */
const scripts = new Map<string, string | undefined>();

/** The script of a lang attribute's language, by Intl.Locale's likely subtags: Hans for zh-CN, Hant for zh-Hant, Latn for en; undefined for no or a malformed tag. */
export function scriptOf(lang: string): string | undefined {
  if (!scripts.has(lang)) {
    let script: string | undefined;
    try {
      script = lang === '' ? undefined : new Intl.Locale(lang).maximize().script;
    } catch {
      script = undefined;
    }
    scripts.set(lang, script);
  }
  return scripts.get(lang);
}

/** Whether a lang attribute's language is written in Chinese characters (Simplified or Traditional). */
export function isHanScript(lang: string): boolean {
  const script = scriptOf(lang);
  return script === 'Hans' || script === 'Hant';
}

/** Whether a lang attribute's language is written in Latin letters. */
export function isLatinScript(lang: string): boolean {
  return scriptOf(lang) === 'Latn';
}
