import type { FigureRef } from './collect-figure-refs.ts';

/**
 * The figure and chart refs the remark plugin (src/integrations/remark/figure-refs.ts) recorded in
 * a section's `remarkPluginFrontmatter`. A section without any has none recorded.
 */
export function figureRefsOf(remarkPluginFrontmatter: Record<string, unknown>): FigureRef[] {
  return (remarkPluginFrontmatter['figureRefs'] ?? []) as FigureRef[];
}
