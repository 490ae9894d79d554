/*
 * A chart's drawings, each drawn once per build and kept by content hash (cache.ts): the two SVGs
 * the page carries (narrow for phones, wide for the text column and print) and the PNG download,
 * which carries its figure number, title and period above the chart and its source and address below.
 */
import { createCanvas } from '@napi-rs/canvas';
import type { ChartConfig } from '../../lib/charts/chart-config.ts';
import { wrapLabel } from '../../lib/charts/wrap-label.ts';
import { drawingCache } from './cache.ts';
import { chartDrawingStats } from './stats.ts';
import { drawChartBitmap, drawChartSvg, fontFamilyFor, type ChartFontFace } from './draw.ts';
import { loadChartFaces } from './fonts.ts';

/**
 * The two widths a chart is drawn in, in CSS pixels. Each is shown at about its own size (see
 * ChartPicture.astro), so its 12 px text stays 11–14 px on the screen: phones' chart boxes are
 * 294–364 px wide, the text column's 638 px.
 */
export const chartSizes = {
  narrow: { width: 320, height: 280 },
  wide: { width: 640, height: 320 },
} as const;

/** Every character an axis may write (src/lib/charts/axis-ticks.ts), so that their fonts are loaded. */
const axisCharacters = '0123456789,.-万亿 millionbo';

let faces: ChartFontFace[] | undefined;
let cache: ReturnType<typeof drawingCache> | undefined;
const settings = () => __CHART_IMAGES__;
const chartFaces = () => (faces ??= loadChartFaces(settings().fontDirs));
const drawings = () => (cache ??= drawingCache(settings().cacheDir, settings().salt, chartDrawingStats()));

const chartText = (config: ChartConfig) =>
  [config.valueAxis, config.categoryAxis ?? '', ...config.labels, ...config.barLabels, axisCharacters].join('');

/** The chart in both widths, as the SVG the page carries. */
export function chartSvgs(config: ChartConfig): Record<keyof typeof chartSizes, string> {
  const { palette } = settings();
  const colours = { bar: palette.bar, text: palette.text, grid: palette.grid };
  const draw = (size: keyof typeof chartSizes) => {
    const input = { config, colours, ...chartSizes[size] };
    return drawings()
      .get({ kind: 'svg', size, ...input }, 'svg', () => {
        const family = fontFamilyFor(chartText(config), chartFaces(), `content/charts/${config.id}.yaml`);
        return Buffer.from(drawChartSvg({ ...input, family }, `chart-svg chart-svg-${size}`));
      })
      .toString('utf8');
  };
  return { narrow: draw('narrow'), wide: draw('wide') };
}

/** The texts a PNG carries around its chart, in the chart's language. */
export interface PngTexts {
  /** "图1 快递工程技术人员职称评审" */
  heading: string;
  /** "时期：2020年" */
  period: string;
  /** "资料来源：国家邮政局。" */
  source: string;
  /** The chart's absolute address on its section page. */
  url: string;
}

/** Space around the chart and between the lines, in CSS pixels; the PNG is drawn twice that size. */
const pixelRatio = 2;
const margin = 24;
const headingFont = (family: string) => `600 18px ${family}`;
const smallFont = (family: string) => `13px ${family}`;
const lineHeight = { heading: 26, small: 20 };

/** The chart's PNG download: 2× the wide chart, with its heading and period above and its source and address below. */
export function chartPng(config: ChartConfig, texts: PngTexts): Buffer {
  const { palette } = settings();
  const colours = { bar: palette.bar, text: palette.text, grid: palette.grid };
  const size = chartSizes.wide;
  return drawings().get({ kind: 'png', config, texts, palette, size }, 'png', () => {
    const family = fontFamilyFor(chartText(config) + Object.values(texts).join(''), chartFaces(), `content/charts/${config.id}.yaml`);
    const width = size.width + 2 * margin;
    const measuring = createCanvas(1, 1).getContext('2d');
    measuring.font = headingFont(family);
    const headingLines = wrapLabel(texts.heading, size.width, (text) => measuring.measureText(text).width);
    const top = margin + headingLines.length * lineHeight.heading + lineHeight.small + 12;
    const height = top + size.height + 12 + 2 * lineHeight.small + margin;

    const image = createCanvas(width * pixelRatio, height * pixelRatio);
    const context = image.getContext('2d');
    context.scale(pixelRatio, pixelRatio);
    // An opaque background: a transparent PNG shows dark text on a dark viewer.
    context.fillStyle = palette.surface;
    context.fillRect(0, 0, width, height);
    context.textBaseline = 'top';
    context.fillStyle = palette.title;
    context.font = headingFont(family);
    headingLines.forEach((line, index) => context.fillText(line, margin, margin + index * lineHeight.heading));
    context.fillStyle = palette.muted;
    context.font = smallFont(family);
    context.fillText(texts.period, margin, margin + headingLines.length * lineHeight.heading);
    const chart = drawChartBitmap({ config, colours, family, ...size }, pixelRatio);
    // In device pixels: the chart is drawn at this scale already.
    context.save();
    context.resetTransform();
    context.drawImage(chart, margin * pixelRatio, top * pixelRatio);
    context.restore();
    const below = top + size.height + 12;
    context.fillText(texts.source, margin, below);
    context.fillText(texts.url, margin, below + lineHeight.small);
    return image.toBuffer('image/png');
  });
}
