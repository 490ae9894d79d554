import { z } from 'astro/zod';
import { figureId } from './figure.ts';
import { localizedText } from './localized.ts';
import { withFriendlyErrors } from './with-friendly-errors.ts';

/**
 * The types the report's charts use, each drawn and tested: bars, and `table` for figures of
 * different units or kinds, shown as a table with no canvas and no script.
 */
export const chartTypes = ['bar', 'horizontal-bar', 'table'] as const;

/**
 * A chart definition (content/charts/<id>.yaml). It holds no numbers: it names figures, and the
 * chart, its table, its CSV and the prose all read the same values. Texts may name a figure as
 * `{section.figure-id}` to show its formatted value.
 */
export const chartSchema = withFriendlyErrors(
  z
    .object({
      section: z.string().min(1),
      type: z.enum(chartTypes, { error: `unknown chart type: expected one of ${chartTypes.join(', ')}` }),
      title: localizedText,
      /** What the chart shows, under "图 3" / "Figure 3". */
      caption: localizedText,
      /** The chart in words, for readers who cannot see it: what stands out, not a list of values. */
      description: localizedText,
      /** The unit of the value axis; a table has none (each row writes its own unit). */
      valueAxis: localizedText.optional(),
      categoryAxis: localizedText.optional(),
      /** One bar (or table row) per figure, in this order; `label` overrides the figure's own label. */
      figures: z
        .array(z.object({ figure: figureId, label: localizedText.optional() }).strict())
        .min(1, 'a chart needs at least one figure'),
    })
    .strict(),
);

export type Chart = z.infer<typeof chartSchema>;
