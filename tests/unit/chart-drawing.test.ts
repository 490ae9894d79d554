import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { drawingCache } from '../../src/integrations/chart-images/cache.ts';
import { drawChartBitmap, drawChartSvg, fontFamilyFor } from '../../src/integrations/chart-images/draw.ts';
import { loadChartFaces } from '../../src/integrations/chart-images/fonts.ts';
import type { ChartConfig } from '../../src/lib/charts/chart-config.ts';

/*
 * Chart.js drawing in Node on @napi-rs/canvas, as the build does it (the SVG the page carries and
 * the bitmap of the PNG), with the fonts of the npm packages.
 */
const faces = loadChartFaces(['node_modules/@fontsource/noto-sans', 'node_modules/@fontsource/noto-sans-sc']);
const colours = { bar: '#0b5cad', text: '#3b4650', grid: '#d5dbe1' };
const config = (overrides: Partial<ChartConfig>): ChartConfig => ({
  id: 'titles',
  locale: 'zh',
  type: 'bar',
  valueAxis: '人数（人）',
  categoryAxis: undefined,
  labels: ['通过职称评审', '其中高级职称'],
  values: [8423, 96],
  barLabels: ['8423人', '96人'],
  ...overrides,
});
const draw = (chart: ChartConfig, width = 340, height = 280) => {
  const text = [chart.valueAxis, chart.categoryAxis ?? '', ...chart.labels, ...chart.barLabels, '0123456789,.万亿 millionbo'].join('');
  return parse(drawChartSvg({ config: chart, colours, width, height, family: fontFamilyFor(text, faces, 'test') }, 'chart-svg'));
};
/** A bar's extent along the value axis, from its path (M x0 y0 L x1 y0 L x1 y1 L x0 y1 ... Z). */
function barBox(d: string) {
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map(([n]) => Number(n));
  const xs = numbers.filter((_, index) => index % 2 === 0);
  const ys = numbers.filter((_, index) => index % 2 === 1);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe('a chart drawn as SVG', () => {
  test('one bar per value, their heights in proportion to the values', () => {
    const svg = draw(config({ values: [8423, 96, 4000], labels: ['a', 'b', 'c'], barLabels: ['8423人', '96人', '4000人'] }));
    const heights = svg.querySelectorAll('path.chart-bar').map((bar) => barBox(bar.getAttribute('d') ?? '').height);
    expect(heights).toHaveLength(3);
    // Within a pixel (Chart.js aligns a bar's ends to the pixel grid) on a scale of about 200 pixels.
    const scale = (heights[0] ?? 0) / 8423;
    [8423, 96, 4000].forEach((value, index) => expect(Math.abs((heights[index] ?? 0) - value * scale)).toBeLessThan(1));
  });

  test('horizontal bars: their lengths in proportion, every value label beside its bar', () => {
    const svg = draw(
      config({ type: 'horizontal-bar', values: [60, 260], labels: ['金牌', '百万件'], barLabels: ['60个', '260个'] }),
      640,
      320,
    );
    const widths = svg.querySelectorAll('path.chart-bar').map((bar) => barBox(bar.getAttribute('d') ?? '').width);
    expect(widths).toHaveLength(2);
    expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(260 / 60, 1);
    const texts = svg.querySelectorAll('text').map((element) => element.text);
    expect(texts).toEqual(expect.arrayContaining(['金牌', '百万件', '60个', '260个', '人数（人）']));
  });

  test('labels are the exact strings (高, not the radical ⾼ that Skia’s own SVG text writes), in the chart’s language', () => {
    const svg = draw(config({}));
    expect(svg.querySelector('svg')?.getAttribute('lang')).toBe('zh-CN');
    const texts = svg.querySelectorAll('text').map((element) => element.text);
    expect(texts).toEqual(expect.arrayContaining(['通过职称评审', '其中高级职称', '8423人', '96人', '人数（人）', '0', '10000']));
    const english = draw(
      config({
        locale: 'en',
        valueAxis: 'People',
        labels: ['Passed the assessment', 'Of whom, senior titles'],
        barLabels: ['8,423', '96'],
      }),
    );
    expect(english.querySelector('svg')?.getAttribute('lang')).toBe('en');
    // A long label wraps into lines that together are the label, instead of being tilted.
    const lines = english.querySelectorAll('text').map((element) => element.text);
    expect(lines.join(' ')).toContain('Passed the assessment');
    expect(lines).toEqual(expect.arrayContaining(['8,423', '96', 'People', '10,000']));
    expect(english.querySelectorAll('text').every((element) => !element.hasAttribute('transform') || element.text === 'People')).toBe(true);
  });

  test('the same chart is the same bytes every time', () => {
    expect(draw(config({})).toString()).toBe(draw(config({})).toString());
  });

  test('a character no npm font holds stops the build, naming the chart', () => {
    expect(() => fontFamilyFor('\u{1F600}', faces, 'content/charts/x.yaml')).toThrow(
      'content/charts/x.yaml needs characters that no font subset holds: \u{1F600}',
    );
  });
});

describe('the PNG bitmap', () => {
  test('drawn twice its size, with bars in the light palette', () => {
    const chart = config({});
    const family = fontFamilyFor('通过职称评审其中高级人数（）0123456789', faces, 'test');
    const bitmap = drawChartBitmap({ config: chart, colours, width: 320, height: 200, family }, 2);
    expect([bitmap.width, bitmap.height]).toEqual([640, 400]);
    const { data } = bitmap.getContext('2d').getImageData(0, 0, 640, 400);
    let barPixels = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 0x0b && data[i + 1] === 0x5c && data[i + 2] === 0xad) barPixels += 1;
    // The tall bar alone is about 40 × 120 CSS pixels, at 2× four times as many.
    expect(barPixels).toBeGreaterThan(10_000);
  });
});

describe('drawingCache', () => {
  test('draws once per input, then reads the drawing from memory or from disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-cache-'));
    try {
      let draws = 0;
      const drawOnce = () => Buffer.from(`drawing ${++draws}`);
      const first = drawingCache(dir, 'salt');
      expect(first.get({ a: 1 }, 'svg', drawOnce).toString()).toBe('drawing 1');
      expect(first.get({ a: 1 }, 'svg', drawOnce).toString()).toBe('drawing 1');
      expect(first.get({ a: 2 }, 'svg', drawOnce).toString()).toBe('drawing 2');
      expect(first.stats).toMatchObject({ drawn: 2, cached: 0 });
      // The next build: from disk; a new salt (another version of Chart.js, changed drawing code) draws again.
      const next = drawingCache(dir, 'salt');
      expect(next.get({ a: 1 }, 'svg', drawOnce).toString()).toBe('drawing 1');
      expect(next.stats).toEqual({ drawn: 0, cached: 1, milliseconds: 0 });
      expect(drawingCache(dir, 'other salt').get({ a: 1 }, 'svg', drawOnce).toString()).toBe('drawing 3');
      expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
