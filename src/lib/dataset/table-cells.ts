import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatNumber } from '../format/format-number.ts';
import { unitName } from '../format/unit-name.ts';

/**
 * A figure's value split for the data page's columns: the number alone (right-aligned, so that
 * numbers line up), and its unit. The qualifier has a column of its own. The number is written as
 * the text writes it (6.2万, 2.12 billion): all its digits, never rounded.
 */
export interface ValueCells {
  number: string;
  unit: string;
}

export function valueCells(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, locale: Locale): ValueCells {
  const { value, unit, qualifier } = figure;
  // "1 base", as the text writes it: only an exact one is singular.
  const singular = locale === 'en' && value === 1 && qualifier === 'none';
  return {
    number: formatNumber(value, locale),
    unit: singular && typeof unit === 'object' ? unit.en.one : singular && unit === 'items' ? 'item' : unitName(unit, locale),
  };
}
