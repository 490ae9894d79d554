import { z } from 'astro/zod';

/** A text given in every locale of the publication: `{ zh: ..., en: ... }`. Both are required. */
export const localizedText = z
  .object({
    zh: z.string({ required_error: 'a Chinese text (zh) is required' }).trim().min(1, 'the Chinese text (zh) is empty'),
    en: z.string({ required_error: 'an English text (en) is required' }).trim().min(1, 'the English text (en) is empty'),
  })
  .strict();

export type LocalizedText = z.infer<typeof localizedText>;
