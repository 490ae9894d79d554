import { z } from 'astro/zod';
import { type Locale } from '../i18n/locales.ts';
import { locales } from '../i18n/publication-locales.ts';
import { localeConventions } from '../i18n/conventions.ts';

/** A required string whose messages say which language is missing, or that it is not text. */
function textIn(locale: Locale) {
  const language = localeConventions[locale].englishName;
  const article = /^[AEIOU]/.test(language) ? 'an' : 'a';
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${article} ${language} text (${locale}) is required`
          : `the ${language} text (${locale}) must be a string`,
    })
    .trim()
    .min(1, `the ${language} text (${locale}) is empty`);
}

/** One field per locale of the publication, in the locale list's order. */
export function perLocaleShape<Field>(field: (locale: Locale) => Field): Record<Locale, Field> {
  return Object.fromEntries(locales.map((locale) => [locale, field(locale)])) as Record<Locale, Field>;
}

/** A text given in every locale of the publication: `{ zh: ..., en: ... }`. Every one is required. */
export const localizedText = z.object(perLocaleShape(textIn)).strict();

export type LocalizedText = z.infer<typeof localizedText>;
