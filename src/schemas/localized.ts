import { z } from 'astro/zod';

/** A required string whose messages say which language is missing, or that it is not text. */
function textIn(language: string, code: string, article: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${article} ${language} text (${code}) is required` : `the ${language} text (${code}) must be a string`,
    })
    .trim()
    .min(1, `the ${language} text (${code}) is empty`);
}

/** A text given in every locale of the publication: `{ zh: ..., en: ... }`. Both are required. */
export const localizedText = z
  .object({
    zh: textIn('Chinese', 'zh', 'a'),
    en: textIn('English', 'en', 'an'),
  })
  .strict();

export type LocalizedText = z.infer<typeof localizedText>;
