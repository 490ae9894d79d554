import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe's accessibility violations on the page as it is now, one line each: the rule and the elements
 * it found. axe keeps only the violations (resultTypes): the tests assert nothing else, and building
 * the passes of every element cost a quarter to a third of each run on the long pages.
 *
 * Legacy mode runs `axe.run()` in the page itself. The default instead gathers partial results per
 * frame and finishes them in a blank page that it opens for each call, a renderer process of its
 * own: 1.1–2.1 s a call here against 0.5 s (bench/RESULTS.md, "Test suite time"), with the same rules.
 * What legacy mode gives up is cross-origin frames, and the site has no frame at all: a page that
 * gets one fails here, rather than having its frame left unchecked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const frames = page.frames().map((frame) => frame.url());
  if (frames.length > 1) throw new Error(`${page.url()} has frames (${frames.slice(1).join(', ')}): axe here checks one document only.`);
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}
