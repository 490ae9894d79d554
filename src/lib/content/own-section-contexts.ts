import type { StatContext } from './stat-contexts.ts';

export interface FigureContext extends StatContext {
  /** The slug of the section that states the figure. */
  section: string;
}

/**
 * Figure id → the first sentence of the figure's own section that states it. A figure page names
 * its section and quotes it: a sentence of another section that repeats the figure (the
 * overview's, say) would be about other things and would not be where the page's link leads.
 */
export function ownSectionContexts(
  sections: readonly { slug: string; contexts: readonly StatContext[] }[],
  sectionOf: (figureId: string) => string | undefined,
): Map<string, FigureContext> {
  const byFigure = new Map<string, FigureContext>();
  for (const { slug, contexts } of sections) {
    for (const context of contexts) {
      if (sectionOf(context.figureId) === slug && !byFigure.has(context.figureId))
        byFigure.set(context.figureId, { ...context, section: slug });
    }
  }
  return byFigure;
}
