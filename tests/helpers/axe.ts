import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe's accessibility violations on the page as it is now, one line each: the rule and the elements
 * it found. axe keeps only the violations (resultTypes): the tests assert nothing else, and building
 * the passes of every element cost a quarter to a third of each run on the long pages.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}
