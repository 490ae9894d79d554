import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/publication-locales.ts';
import { pagePath } from '../../src/i18n/paths.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteSamples } from '../helpers/site-samples.ts';

/*
 * The glossary pages and an English section with its terms' Chinese originals, in Chromium: no
 * accessibility violation (axe) in the light and the dark scheme, at a phone's width and a desktop's.
 */
const siteDir = inject('siteDir');
const served = useServedSite(siteDir);

const pages = [...locales.map((locale) => pagePath(locale, 'glossary')), pagePath('en', siteSamples(siteDir).termSection('en'))];

describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
  test.each(pages.flatMap((urlPath) => [390, 1280].map((width) => [urlPath, width] as const)))(
    '%s at %i px has no violations',
    async (urlPath, width) => {
      const page = await served.open(urlPath, { width, height: 900, colorScheme });
      // The shared page really is in this scheme and at this width (tests/helpers/served-site.ts).
      await expect(page.evaluate(() => [matchMedia('(prefers-color-scheme: dark)').matches, innerWidth])).resolves.toEqual([
        colorScheme === 'dark',
        width,
      ]);
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

test('axe as these tests run it reports what it finds: low contrast in the dark scheme, a control without a name', async () => {
  const page = await served.open(pagePath('en', 'glossary'), { colorScheme: 'dark' });
  await page.evaluate(() => {
    const faint = Object.assign(document.createElement('p'), { id: 'faint', textContent: 'Faint text' });
    faint.style.color = '#333333';
    const button = Object.assign(document.createElement('button'), { id: 'unnamed' });
    document.querySelector('main')?.append(faint, button);
  });
  expect(await axeViolations(page)).toEqual(['button-name: #unnamed', 'color-contrast: #faint']);
});
