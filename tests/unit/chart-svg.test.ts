import { describe, expect, test } from 'vitest';
import { chartSvg, fontSizeAndWeight, textElement, type DrawnText } from '../../src/lib/charts/chart-svg.ts';

const colours = { bar: '#0b5cad', text: '#3b4650', grid: '#d5dbe1' };
const text = (overrides: Partial<DrawnText>): DrawnText => ({
  text: '8423人',
  x: 10,
  y: 20,
  matrix: [1, 0, 0, 1, 0, 0],
  font: '600 13px "a", "b"',
  align: 'center',
  baseline: 'bottom',
  ...overrides,
});
// As Skia's SVG canvas writes a chart (shortened): background, clipped grid lines, bars.
const shapes =
  '<?xml version="1.0" encoding="utf-8" ?><svg xmlns="http://www.w3.org/2000/svg" width="340" height="280"><rect fill-opacity="0" width="340" height="280"/>' +
  '<path fill="none" stroke="#D5DBE1" stroke-width="1" stroke-miterlimit="10" d="M45 271.5L340 271.5"/>' +
  '<path fill="none" stroke="#d5dbe1" stroke-width="1" stroke-miterlimit="10" d="M45 242.5L340 242.5"/>' +
  '<clipPath id="cl_5"><rect x="44.672195" y="10.2" width="295.32782" height="261.39999"/></clipPath>' +
  '<g clip-path="url(#cl_5)"><path fill="#0b5cad" d="M83.545143 26.958645L283.46317 26.958645L283.46317 271.10001Z"/>' +
  '<path fill="#0b5cad" d="M300.2 268.81174L320.1 268.81174L320.1 271.10001Z"/></g></svg>';

describe('chartSvg', () => {
  const svg = chartSvg({ shapes, texts: [text({})], colours, width: 340, height: 280, lang: 'zh-CN', className: 'chart-svg narrow' });

  test('colours become classes, so one drawing serves every scheme; grid lines merge into one path, bars stay one each', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart-svg narrow" viewBox="0 0 340 280" width="340" height="280" lang="zh-CN" aria-hidden="true" focusable="false">/,
    );
    expect(svg).not.toMatch(/#[0-9a-f]{6}/i);
    expect(svg.match(/<path class="chart-grid" d="M45 271.5L340 271.5M45 242.5L340 242.5"\/>/g)).toHaveLength(1);
    expect(svg.match(/<path class="chart-bar"/g)).toHaveLength(2);
    // Coordinates to a tenth of a pixel; no clip path (their ids would repeat on a page).
    expect(svg).toContain('d="M83.5 27L283.5 27L283.5 271.1Z"');
    expect(svg).not.toMatch(/clip|<rect|stroke-miterlimit|<\?xml/);
  });

  test('text is one element per label, with the exact string', () => {
    expect(svg).toContain(
      '<g class="chart-text"><text x="10" y="20" font-size="13" font-weight="600" text-anchor="middle" dominant-baseline="text-after-edge">8423人</text></g>',
    );
  });

  test('a colour outside the palette stops the drawing', () => {
    expect(() =>
      chartSvg({ shapes: shapes.replace('#0b5cad', 'black'), texts: [], colours, width: 1, height: 1, lang: 'en', className: 'c' }),
    ).toThrow('A chart was drawn in a colour outside its palette: fill="black".');
    expect(() => chartSvg({ shapes: 'nothing', texts: [], colours, width: 1, height: 1, lang: 'en', className: 'c' })).toThrow(
      'The chart canvas wrote no <svg> element.',
    );
  });
});

describe('textElement', () => {
  test('a translated label is placed where the canvas put it; a rotated one keeps its transform', () => {
    expect(textElement(text({ matrix: [1, 0, 0, 1, 5, 6], font: '12px x', align: 'left', baseline: 'alphabetic' }))).toBe(
      '<text x="15" y="26" font-size="12">8423人</text>',
    );
    expect(
      textElement(text({ text: 'A & <B>', matrix: [0, -1, 1, 0, 11.24, 130.91], font: 'bold 12px x', align: 'right', baseline: 'middle' })),
    ).toBe(
      '<text x="10" y="20" transform="matrix(0 -1 1 0 11.2 130.9)" font-size="12" font-weight="700" text-anchor="end" dominant-baseline="central">A &amp; &lt;B&gt;</text>',
    );
    expect(textElement(text({ align: 'start', baseline: 'top' }))).toContain('dominant-baseline="text-before-edge"');
  });

  test('a font without a size in px is an error', () => {
    expect(fontSizeAndWeight('600 13.5px a')).toEqual({ size: 13.5, weight: 600 });
    expect(() => fontSizeAndWeight('1em a')).toThrow('A chart\'s text has a font without a size in px: "1em a".');
  });
});
