import { localeConventions } from '../../i18n/conventions.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure } from '../format/format-figure.ts';

/**
 * The value written on a bar: the figure as the prose writes it, qualifier included ("超过50%",
 * "more than 7,000"), but without an English counted noun ("service stations", "items"), which the
 * value axis already names and which would not fit beside the bar. Chinese measure words stay
 * (8423人): they are one character. The locale's conventions say which it counts with.
 */
export function barLabel(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
  const leavesOutCountedNoun = !localeConventions[locale].countsWithMeasureWords;
  const nounless = leavesOutCountedNoun && (typeof figure.unit === 'object' || figure.unit === 'items');
  return formatFigure(figure, locale, { context: 'table', form: nounless ? 'number' : 'full' });
}
