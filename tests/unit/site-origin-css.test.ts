import { expect, test } from 'vitest';
import { siteOriginCss, siteOriginStylesheet } from '../../src/integrations/site-origin-css.ts';

test('the stylesheet holds the site’s origin alone, as a CSS string', () => {
  expect(siteOriginStylesheet('https://example.org/report/')).toBe(':root{--site-origin:"https://example.org"}\n');
  expect(siteOriginStylesheet('http://127.0.0.1:4321')).toBe(':root{--site-origin:"http://127.0.0.1:4321"}\n');
});

test('the plugin answers for its own module only', () => {
  const plugin = siteOriginCss('https://example.org');
  const resolve = plugin.resolveId as (source: string) => string | undefined;
  const load = plugin.load as (id: string) => string | undefined;
  const resolved = resolve('virtual:site-origin.css');
  expect(resolved).toBe('\0virtual:site-origin.css');
  expect(load(resolved!)).toBe(':root{--site-origin:"https://example.org"}\n');
  expect(resolve('./other.css')).toBeUndefined();
  expect(load('./other.css')).toBeUndefined();
});
