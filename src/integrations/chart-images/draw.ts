/*
 * Chart.js in Node, on @napi-rs/canvas (Skia): the page's SVG and the PNG download of a chart,
 * drawn with the same configuration (src/lib/charts/chart-options.ts) in fonts from npm packages,
 * registered per subset, never the build machine's own.
 */
import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { localeInfo } from '../../i18n/locales.ts';
import type { ChartConfig } from '../../lib/charts/chart-config.ts';
import { chartConfiguration, type ChartColours } from '../../lib/charts/chart-options.ts';
import { chartSvg, type DrawnText } from '../../lib/charts/chart-svg.ts';
import { facesForText, type FontFace } from '../../lib/og/font-faces.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** A face's subset in every weight the charts use, registered under one name. */
export interface ChartFontFace extends FontFace {
  /** Its file in each weight, by weight. */
  files: Record<number, string>;
}

const registered = new Set<string>();

/**
 * The CSS font family that draws `text` from the npm fonts: the subsets that hold its characters,
 * each registered with Skia under a name of its own (one family name for many files would leave
 * Skia to fall back to the system's fonts).
 */
export function fontFamilyFor(text: string, faces: readonly ChartFontFace[], where: string): string {
  const { faces: needed, missing } = facesForText(text, faces);
  if (missing.length > 0) throw new Error(`${where} needs characters that no font subset holds: ${missing.join(' ')}`);
  return (needed as ChartFontFace[])
    .map((face) => {
      const name = `report-chart ${face.file}`;
      if (!registered.has(name)) {
        for (const file of Object.values(face.files)) GlobalFonts.registerFromPath(file, name);
        registered.add(name);
      }
      return `"${name}"`;
    })
    .join(', ');
}

/**
 * A stand-in for a canvas of `width` × `height` CSS pixels, for Chart.js, which takes the context
 * from `getContext` and sets the canvas's size. Its context draws on `context` `scale` times larger
 * (Chart.js's own devicePixelRatio resized the stand-in, and laid the chart out at that size), and
 * hands the text to `onText` instead of drawing it when `onText` is given.
 */
function chartCanvas(context: SKRSContext2D, width: number, height: number, scale: number, onText?: (text: DrawnText) => void) {
  const canvas = { width, height, getContext: () => recording };
  const recording: SKRSContext2D = new Proxy(context, {
    get(target, property) {
      // Chart.js takes the canvas, and its size, from the context.
      if (property === 'canvas') return canvas;
      if (property === 'setTransform') {
        return (a: number, b: number, c: number, d: number, e: number, f: number) =>
          target.setTransform(a * scale, b * scale, c * scale, d * scale, e * scale, f * scale);
      }
      if (property === 'resetTransform') return () => target.setTransform(scale, 0, 0, scale, 0, 0);
      if (property === 'fillText' && onText !== undefined) {
        return (text: string, x: number, y: number) => {
          const { a, b, c, d, e, f } = target.getTransform();
          onText({ text, x, y, matrix: [a, b, c, d, e, f], font: target.font, align: target.textAlign, baseline: target.textBaseline });
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set: (target, property, value) => Reflect.set(target, property, value, target),
  });
  return canvas;
}

export interface DrawInput {
  config: ChartConfig;
  colours: ChartColours;
  width: number;
  height: number;
  family: string;
}

/** Draws the chart on `context`, hands the drawing to `read`, then lets Chart.js go (its destroy() clears the canvas). */
function drawOn<T>(
  context: SKRSContext2D,
  { config, colours, width, height, family }: DrawInput,
  pixelRatio: number,
  read: () => T,
  onText?: (text: DrawnText) => void,
): T {
  const measuring = createCanvas(1, 1).getContext('2d');
  const measure = (font: string) => (text: string) => {
    measuring.font = font;
    return measuring.measureText(text).width;
  };
  const configuration = chartConfiguration({ config, colours, width, family, measure });
  configuration.options = { ...configuration.options, devicePixelRatio: 1 };
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  const chart = new Chart(chartCanvas(context, width, height, pixelRatio, onText) as unknown as HTMLCanvasElement, configuration);
  const drawing = read();
  chart.destroy();
  return drawing;
}

/** The chart as SVG for the page: shapes from Skia, text as text, colours as classes. */
export function drawChartSvg(input: DrawInput, className: string): string {
  const canvas = createCanvas(input.width, input.height, SvgExportFlag.NoPrettyXML);
  const texts: DrawnText[] = [];
  const shapes = drawOn(
    canvas.getContext('2d'),
    input,
    1,
    () => canvas.getContent().toString('utf8'),
    (text) => texts.push(text),
  );
  return chartSvg({
    shapes,
    texts,
    colours: input.colours,
    width: input.width,
    height: input.height,
    lang: localeInfo[input.config.locale].tag,
    className,
  });
}

/** The chart drawn on a bitmap `pixelRatio` times its size, to be placed in a larger image. */
export function drawChartBitmap(input: DrawInput, pixelRatio: number) {
  const canvas = createCanvas(input.width * pixelRatio, input.height * pixelRatio);
  return drawOn(canvas.getContext('2d'), input, pixelRatio, () => {
    const copy = createCanvas(canvas.width, canvas.height);
    copy.getContext('2d').putImageData(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height), 0, 0);
    return copy;
  });
}
