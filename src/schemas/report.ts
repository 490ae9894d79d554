import { z } from 'astro/zod';
import { figureId } from './figure.ts';
import { knownLocales } from '../i18n/locales.ts';
import { localizedText } from './localized.ts';
import { withFriendlyErrors } from './with-friendly-errors.ts';

/**
 * A web address readers may follow: http or https only. A source's URL goes into every page's
 * JSON-LD and into the citations, so `javascript:` or `data:` would publish a script to click.
 */
const webAddress = z.url({ protocol: /^https?$/, hostname: /^[^.].*\.[^.]+$|^localhost$/ });

/** A citation: the document the figures and the text come from. */
export const sourceSchema = withFriendlyErrors(
  z
    .object({
      title: localizedText,
      publisher: localizedText,
      date: z.coerce.date(),
      url: webAddress.optional(),
      /** Where the text was actually taken from, when that is not the publisher's own site. */
      republished: z.object({ name: localizedText, url: webAddress, date: z.coerce.date() }).strict().optional(),
    })
    .strict(),
);

/** The publication as a whole: what the home page, the head and the structured data say about it. */
export const reportSchema = withFriendlyErrors(
  z
    .object({
      /**
       * The publication's languages, source language first: read before any schema is built
       * (src/i18n/publication-locales.ts checks them and names the known ones); listed here so the
       * report's own schema accepts the field.
       */
      locales: z.array(z.enum(knownLocales)).min(1),
      title: localizedText,
      subtitle: localizedText,
      summary: localizedText,
      publisher: localizedText,
      conference: z.object({ name: localizedText, date: z.coerce.date(), place: localizedText }).strict(),
      /** An id of content/sources.yaml. */
      source: z.string().min(1),
      /** Figures highlighted on the home page, in this order. */
      keyFigures: z.array(figureId).min(1),
      /**
       * The report's key in reference managers (BibTeX, CSL-JSON): each language version's key adds
       * its locale, and a statistic's its id. One per report: next year's report needs a new one.
       */
      citationKey: z
        .string()
        .regex(/^[a-z][a-z0-9]*$/, 'expected lower-case letters and digits, starting with a letter, such as review2021'),
      /** Where the figures' numbers are of: the data page's `spatialCoverage` (JSON-LD). */
      spatialCoverage: localizedText,
      /** Two or three terms of the report, in the search page's description, e.g. 快递进村、智能快件箱. */
      searchExamples: localizedText,
    })
    .strict(),
);

/** Front matter of a section page (content/sections/<locale>/<slug>.mdx). */
export const sectionSchema = withFriendlyErrors(
  z
    .object({
      title: z.string().trim().min(1),
      /** Shown by search engines under the title: one or two sentences. */
      description: z.string().trim().min(10).max(200),
      /** Position in the report; the same in every language. */
      order: z.number().int().positive(),
    })
    .strict(),
);

export type Source = z.infer<typeof sourceSchema>;
export type Report = z.infer<typeof reportSchema>;
export type SectionFrontmatter = z.infer<typeof sectionSchema>;
