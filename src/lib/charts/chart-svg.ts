/*
 * Turns what Skia's SVG canvas wrote for a chart into the SVG the page carries:
 * - shapes keep their geometry, but their fixed colours become classes (`chart-bar`, `chart-grid`),
 *   so the page's custom properties colour them in the light, dark and print schemes alike;
 * - text is written as one <text> per label with the exact string Chart.js drew (Skia writes one
 *   element per glyph and maps some glyphs back to the wrong character: 高 as the radical ⾼), anchored
 *   as the canvas aligned it, so the reader's font lays it out and the text stays searchable;
 * - clip paths go (their ids would repeat between charts on a page; nothing is drawn outside them).
 */
import type { ChartColours } from './chart-options.ts';

/** One fillText call, as the canvas held it. */
export interface DrawnText {
  text: string;
  x: number;
  y: number;
  /** The canvas transform at the time: [a, b, c, d, e, f]. */
  matrix: readonly [number, number, number, number, number, number];
  /** The canvas font, e.g. `600 13px "a", "b"`. */
  font: string;
  align: string;
  baseline: string;
}

export interface ChartSvgInput {
  /** Skia's SVG (SvgExportFlag.NoPrettyXML) of the chart drawn without its text. */
  shapes: string;
  texts: readonly DrawnText[];
  /** The colours the chart was drawn in, mapped back to classes. */
  colours: ChartColours;
  width: number;
  height: number;
  lang: string;
  className: string;
}

const round = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Canvas textAlign → SVG text-anchor (the canvas's own default, start, is SVG's too). */
const anchors: Record<string, string> = { center: 'middle', right: 'end', end: 'end' };
/** Canvas textBaseline → SVG dominant-baseline (alphabetic is both defaults). */
const baselines: Record<string, string> = {
  top: 'text-before-edge',
  hanging: 'hanging',
  middle: 'central',
  bottom: 'text-after-edge',
  ideographic: 'ideographic',
};

/** Size in px and weight of a canvas font. */
export function fontSizeAndWeight(font: string): { size: number; weight: number } {
  const match = /(?:^|\s)(?:(bold|\d{3})\s+)?(\d+(?:\.\d+)?)px/.exec(font);
  if (match === null) throw new Error(`A chart's text has a font without a size in px: "${font}".`);
  const weight = match[1] === undefined ? 400 : match[1] === 'bold' ? 700 : Number(match[1]);
  return { size: Number(match[2]), weight };
}

export function textElement({ text, x, y, matrix, font, align, baseline }: DrawnText): string {
  const [a, b, c, d, e, f] = matrix;
  const { size, weight } = fontSizeAndWeight(font);
  const attributes: string[] = [];
  if (b === 0 && c === 0 && a === 1 && d === 1) {
    attributes.push(`x="${round(x + e)}"`, `y="${round(y + f)}"`);
  } else {
    attributes.push(`x="${round(x)}"`, `y="${round(y)}"`, `transform="matrix(${[a, b, c, d, e, f].map(round).join(' ')})"`);
  }
  attributes.push(`font-size="${size}"`);
  if (weight !== 400) attributes.push(`font-weight="${weight}"`);
  const anchor = anchors[align];
  if (anchor !== undefined) attributes.push(`text-anchor="${anchor}"`);
  const dominant = baselines[baseline];
  if (dominant !== undefined) attributes.push(`dominant-baseline="${dominant}"`);
  return `<text ${attributes.join(' ')}>${escapeText(text)}</text>`;
}

/** Shorter numbers in path data and attributes: a tenth of a pixel is below what a screen shows. */
const roundNumbers = (markup: string) => markup.replace(/-?\d+\.\d+/g, (number) => round(Number(number)));

/** A run of grid lines as one path, which keeps the page lighter; each bar stays a path of its own. */
function mergeGridLines(markup: string): string {
  return markup.replace(/(?:<path class="chart-grid" d="[^"]*"\/>){2,}/g, (run) => {
    const data = [...run.matchAll(/ d="([^"]*)"/g)].map((match) => match[1]).join('');
    return `<path class="chart-grid" d="${data}"/>`;
  });
}

export function chartSvg({ shapes, texts, colours, width, height, lang, className }: ChartSvgInput): string {
  const body = /<svg[^>]*>([\s\S]*)<\/svg>\s*$/.exec(shapes)?.[1];
  if (body === undefined) throw new Error('The chart canvas wrote no <svg> element.');
  let markup = body
    // The canvas's transparent background.
    .replace(/<rect fill-opacity="0"[^>]*\/>/g, '')
    .replace(/<clipPath[^>]*>[\s\S]*?<\/clipPath>/g, '')
    .replace(/<g clip-path="[^"]*">/g, '<g>')
    .replace(/ stroke-miterlimit="10"| stroke-width="1"(?=[ />])/g, '');
  const classes: [string, string][] = [
    [colours.bar, 'chart-bar'],
    [colours.grid, 'chart-grid'],
    [colours.text, 'chart-text'],
  ];
  for (const [colour, name] of classes) {
    markup = markup
      .replace(new RegExp(`fill="${colour}"`, 'gi'), `class="${name}"`)
      .replace(new RegExp(` ?fill="none" stroke="${colour}"| ?stroke="${colour}"`, 'gi'), ` class="${name}"`);
  }
  // Any other colour would not follow the reader's scheme.
  const stray = /(?:fill|stroke)="(?!none")[^"]*"/.exec(markup);
  if (stray !== null) throw new Error(`A chart was drawn in a colour outside its palette: ${stray[0]}.`);
  markup = mergeGridLines(roundNumbers(markup).replace(/<g><\/g>/g, ''));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" lang="${lang}" aria-hidden="true" focusable="false">` +
    `${markup}<g class="chart-text">${texts.map(textElement).join('')}</g></svg>`
  );
}
