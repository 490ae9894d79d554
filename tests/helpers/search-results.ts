import type { Page } from 'playwright-core';

/**
 * Every result link Pagefind UI lists on a search page once it has answered, in order, with the
 * sub-result links (headings) of each: the UI first shows five results and a button for more, and
 * fills each result in as its data arrives, so the first link on screen is not yet the whole list.
 * The queries in the tests hold no digits, so a digit in the message above the results ("11
 * results for …") means Pagefind has answered and says how many there are.
 */
export async function allSearchResultLinks(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /\d/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
  const message = (await page.textContent('.pagefind-ui__message')) ?? '';
  const total = Number(/\d+/.exec(message)?.[0]);
  const results = page.locator('.pagefind-ui__result');
  while ((await results.count()) < total) {
    const shown = await results.count();
    await page.locator('button.pagefind-ui__button').click();
    await page.waitForFunction((count) => document.querySelectorAll('.pagefind-ui__result').length > count, shown);
  }
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link').length === count,
    total,
  );
  return page.$$eval('.pagefind-ui__result-link', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
}
