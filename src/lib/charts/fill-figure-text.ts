import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure, type FigureStyle } from '../format/format-figure.ts';
import { withoutComparisonMarker } from '../content/comparison-words.ts';

/** `{section.figure-id}`, or `{section.figure-id:number}` for the number without its unit ("of whom 96"). */
const placeholder = /\{([a-z0-9-]+(?:\.[a-z0-9-]+)+)(:number)?\}/g;

/** A piece of a chart text: plain words, or a figure quoted from the data. */
export type TextPart = string | { figureId: string; value: number; text: string; form?: 'number' };

/**
 * Splits a chart text at its `{section.figure-id}` placeholders and puts in each figure,
 * formatted for the locale: chart texts quote numbers from the data and never type them.
 * `style` says whether the text is prose (a description: small counts in words) or a label.
 */
export function fillFigureParts(
  source: string,
  locale: Locale,
  figures: ReadonlyMap<string, Figure>,
  where: string,
  style: FigureStyle = {},
): TextPart[] {
  const text = withoutComparisonMarker(source);
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    const figureId = match[1] ?? '';
    const figure = figures.get(figureId);
    if (figure === undefined) throw new Error(`${where}: the text names figure {${figureId}}, but no figure has this id.`);
    if (match.index > last) parts.push(text.slice(last, match.index));
    const form = match[2] === undefined ? (style.form ?? 'full') : 'number';
    const shown = formatFigure(figure, locale, { ...style, form });
    parts.push(form === 'number' ? { figureId, value: figure.value, text: shown, form } : { figureId, value: figure.value, text: shown });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function partsToText(parts: readonly TextPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/** The text with its figures filled in, as plain text (titles, labels, accessible names). */
export function fillFigureText(text: string, locale: Locale, figures: ReadonlyMap<string, Figure>, where: string): string {
  return partsToText(fillFigureParts(text, locale, figures, where));
}

/** The figure ids a text quotes. */
export function quotedFigureIds(text: string): string[] {
  return [...text.matchAll(placeholder)].map((match) => match[1] ?? '');
}
