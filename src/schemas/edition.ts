import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { withFriendlyErrors } from './with-friendly-errors.ts';

/**
 * About this edition (content/edition.yaml): what the /about/ pages say about the bilingual
 * edition itself, as opposed to the report it publishes. An edition is the publication of one
 * report (one year's: 2020, 2021) in all its language versions; a language version is a locale,
 * never an edition. Editors fill it in; nothing here is in code.
 */
export const editionSchema = withFriendlyErrors(
  z
    .object({
      /** The date of this edition: when its text and data were last revised. */
      date: z.coerce.date(),
      /** Who compiled the data and edited the edition. */
      compiledBy: localizedText,
      /** Who translated the text into English. */
      translatedBy: localizedText,
      /** Where readers report an error (an issue tracker, a contact page). Unset, the build warns and the page says so. */
      corrections: z.object({ url: z.url() }).strict().optional(),
      /**
       * The licence of this edition's own work (translation, compilation of the data, charts). It
       * cannot cover the source's text, which is not this edition's to license.
       */
      licence: z.object({ name: z.string().trim().min(1), title: localizedText, url: z.url() }).strict(),
    })
    .strict(),
);

export type Edition = z.infer<typeof editionSchema>;
