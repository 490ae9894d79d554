import path from 'node:path';
import { idRuleProblem } from '../../schemas/id-rules.ts';

/*
 * A section's file name is its address (/talent/), a figures file's name is its section, and a
 * chart's is its id. Astro would turn "Foo Bar.mdx" into /foo-bar/ without a word, and the figures
 * of "Foo Bar.yaml" would belong to no section: names are checked instead of silently rewritten.
 */
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const fileNameRule =
  'file names of sections, figures and charts are lower-case ASCII kebab-case: letters a-z, digits and single hyphens, such as two-ins-one-out';

/** The editor's message for a badly named content file, or undefined when the name is fine. */
export function fileNameProblem(file: string): string | undefined {
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const rule = idRuleProblem(stem);
  if (rule !== undefined)
    return `${file}: the name ${JSON.stringify(stem)} is not allowed: ${rule.replace('ids are', 'names are')}. Rename the file (in every language, for a section).`;
  if (kebabCase.test(stem)) return undefined;
  return `${file}: the name "${stem}" is not allowed: ${fileNameRule}. Rename the file (in every language, for a section).`;
}
