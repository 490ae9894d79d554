import type { Figure } from '../../schemas/figure.ts';
import { contentFile } from '../../errors/content-dir.ts';

/**
 * Every figure belongs to a section of the report: a figures file is named after its section, so
 * a file whose name matches no section (a typo, or a section that was renamed) would publish
 * figures that no page shows. One line per such figure, naming its file.
 */
export function figureSectionProblems(figures: ReadonlyMap<string, Figure>, sectionSlugs: ReadonlySet<string>): string[] {
  return [...figures]
    .filter(([, figure]) => !sectionSlugs.has(figure.section))
    .map(
      ([id, figure]) =>
        `${contentFile(`figures/${figure.section}.yaml`)}: figure "${id}" belongs to section "${figure.section}", but there is no ${contentFile(`sections/<language>/${figure.section}.mdx`)}. Name the file after an existing section.`,
    );
}
