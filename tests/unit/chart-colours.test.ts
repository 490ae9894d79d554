import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { barLabel } from '../../src/lib/charts/bar-label.ts';
import { chartPalette, schemeTokens } from '../../src/lib/charts/chart-palette.ts';
import { contrastRatio } from '../../src/lib/charts/contrast-ratio.ts';
import { unit } from '../../src/schemas/figure.ts';

describe('chart colours in src/styles/global.css (light, dark) and print.css (print)', () => {
  const css = fs.readFileSync('src/styles/global.css', 'utf8');
  // The print scheme's colours live in the print stylesheet, which wins over every other rule.
  const printCss = fs.readFileSync('src/styles/print.css', 'utf8');
  const cssOf = (scheme: 'light' | 'dark' | 'print') => (scheme === 'print' ? printCss : css);
  test.each(['light', 'dark', 'print'] as const)('%s: bars reach 3:1 and chart text 4.5:1 against the background', (scheme) => {
    const palette = chartPalette(cssOf(scheme), scheme);
    expect(contrastRatio(palette.bar, palette.surface)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(palette.text, palette.surface)).toBeGreaterThanOrEqual(4.5);
  });
  test('the three schemes are read from their own blocks, and a missing colour is named', () => {
    expect(chartPalette(css, 'light').bar).not.toBe(chartPalette(css, 'dark').bar);
    expect(schemeTokens(printCss, 'print')['--surface']).toBe('#ffffff');
    expect(() => chartPalette(':root { --surface: #ffffff; }', 'light')).toThrow(
      'global.css: the light scheme has no --chart-bar written #rrggbb.',
    );
  });
  test('the ratio is the WCAG one', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('barLabel', () => {
  test.each([
    [
      {
        value: 13000,
        unit: unit.parse({ zh: '个', en: { one: 'village-level service station', other: 'village-level service stations' } }),
        qualifier: 'over' as const,
      },
      'en',
      'more than 13,000',
    ],
    [
      {
        value: 13000,
        unit: unit.parse({ zh: '个', en: { one: 'village-level service station', other: 'village-level service stations' } }),
        qualifier: 'over' as const,
      },
      'zh',
      '1.3万余个',
    ],
    [{ value: 50, unit: 'percent' as const, qualifier: 'over' as const }, 'en', 'more than 50%'],
    [{ value: 2_120_000_000, unit: 'items' as const, qualifier: 'none' as const }, 'en', '2.12 billion'],
    [{ value: 2_120_000_000, unit: 'items' as const, qualifier: 'none' as const }, 'zh', '21.2亿件'],
    [{ value: 50, unit: 'percent' as const, qualifier: 'over' as const }, 'zh', '超过50%'],
    [{ value: 8423, unit: unit.parse({ zh: '人', en: { one: 'person', other: 'people' } }), qualifier: 'none' as const }, 'zh', '8423人'],
  ])('%o in %s: %s', (figure, locale, expected) => {
    expect(barLabel(figure, locale as 'zh' | 'en')).toBe(expected);
  });
});
