import { z } from 'astro/zod';
import { idRuleProblem } from './id-rules.ts';
import { localizedText, perLocaleShape } from './localized.ts';
import { withFriendlyErrors } from './with-friendly-errors.ts';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One term of content/glossary.yaml: the source's Chinese term and the English rendering the
 * edition uses for it (source/glossary.md). Sections mark its uses with <Term id="...">.
 */
export const glossaryTermSchema = withFriendlyErrors(
  z
    .object({
      /** What <Term id="..."> names, and the term's anchor on the glossary page. */
      id: z.string().check((payload) => {
        const rule = idRuleProblem(payload.value);
        const message =
          rule !== undefined
            ? `${JSON.stringify(payload.value)}: ${rule}`
            : kebabCase.test(payload.value)
              ? undefined
              : 'a term id is lower-case ASCII kebab-case, such as two-ins-one-out';
        if (message !== undefined) payload.issues.push({ code: 'custom', message, input: payload.value });
      }),
      /** The term in each locale: as the Chinese text writes it (zh), the English rendering in full (en). */
      ...perLocaleShape(() => z.string().trim().min(1)),
      /** The shorter English form used after the first mention, where the glossary gives one. */
      short: z.string().trim().min(1).optional(),
      /** What a reader should know about the term, such as what the source leaves unsaid. */
      note: localizedText.optional(),
    })
    .strict(),
);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
