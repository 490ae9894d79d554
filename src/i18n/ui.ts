import { friendlyErrorMap, problemLine } from '../errors/schema-errors.ts';
import type { Locale } from './locales.ts';
import { uiSchema, type UIKey, type UIStrings } from './ui-schema.ts';
import en from './ui/en.json';
import zh from './ui/zh.json';

export function parseDictionary(locale: Locale, raw: unknown): UIStrings {
  const result = uiSchema.safeParse(raw, { error: friendlyErrorMap });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${problemLine(issue)}`).join('\n');
    throw new Error(`src/i18n/ui/${locale}.json does not match the UI strings schema:\n${problems}`);
  }
  return result.data;
}

const dictionaries: Record<Locale, UIStrings> = {
  zh: parseDictionary('zh', zh),
  en: parseDictionary('en', en),
};

/** Fills `{name}` placeholders; an unknown placeholder is an error, not a blank. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {${name}}`);
    return value;
  });
}

/** A locale's UI string of a key, with its `{name}` placeholders filled. */
export type Translate = (key: UIKey, values?: Record<string, string>) => string;

/** The UI strings of one locale: `const t = useTranslations(locale); t('nav.home')`. Pages read theirs from `Astro.locals.t`. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key: UIKey, values?: Record<string, string>) => (values === undefined ? dictionary[key] : interpolate(dictionary[key], values));
}
