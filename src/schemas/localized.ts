import { z } from 'astro/zod';
import { type Locale } from '../i18n/locales.ts';
import { contentFile } from '../errors/content-dir.ts';
import { friendlyErrorMap } from '../errors/schema-errors.ts';
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

/**
 * A key that is not one of the publication's locales (a misspelt one, or a language the publication
 * does not list) names the list and where it is set; any other problem keeps the error map's words.
 */
export const perLocaleKeysError: z.core.$ZodErrorMap = (issue) => {
  // A schema's own error map comes before the one a parse is given: every other issue gets the friendly words here too.
  if (issue.code !== 'unrecognized_keys') return friendlyErrorMap(issue);
  const keys = issue.keys.map((key) => `"${key}"`).join(', ');
  const what = issue.keys.length === 1 ? 'is not a language' : 'are not languages';
  return `${keys} ${what} of this publication: it has ${locales.join(', ')} (report.locales in ${contentFile('report.yaml')})`;
};

/** A text given in every locale of the publication, and no other: `{ zh: ..., en: ... }`. Every one is required. */
export const localizedText = z.strictObject(perLocaleShape(textIn), { error: perLocaleKeysError });

export type LocalizedText = z.infer<typeof localizedText>;
