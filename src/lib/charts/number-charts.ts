import type { FigureRef } from '../content/collect-figure-refs.ts';

/**
 * Chart numbers in reading order through the report: the first `<Chart>` of the first section is
 * 1, and so on. Takes each section's refs as the remark plugin collected them from the MDX syntax
 * tree (the same refs the parity check compares), so a chart counts exactly when it is rendered:
 * whatever quotes its id is written with, and never when it sits in a code block. The languages
 * show the same charts in the same order, so the numbers agree across them.
 */
export function numberCharts(refsBySection: readonly (readonly FigureRef[])[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const refs of refsBySection) {
    for (const ref of refs) {
      if (ref.component === 'Chart' && !numbers.has(ref.id)) numbers.set(ref.id, numbers.size + 1);
    }
  }
  return numbers;
}
