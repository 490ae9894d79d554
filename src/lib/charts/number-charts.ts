/**
 * Chart numbers in reading order through the report: the first `<Chart>` of the first section is
 * 1, and so on. Read from the MDX source, so every page knows every number before rendering;
 * the languages show the same charts in the same order, so the numbers agree across them.
 */
export function numberCharts(sectionBodies: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const body of sectionBodies) {
    for (const match of body.matchAll(/<Chart\s[^>]*?\bid="([^"]+)"/g)) {
      const id = match[1] ?? '';
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return numbers;
}
