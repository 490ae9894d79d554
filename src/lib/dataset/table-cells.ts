import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatNumber } from '../format/format-number.ts';
import { countedWord } from '../format/counted-word.ts';
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

type Measured = Pick<Figure, 'value' | 'unit' | 'qualifier'>;

/** The unit cell in each language: Chinese has no plural; English writes "1 base", as the text does. */
const unitCells: Record<Locale, (figure: Measured) => string> = {
  zh: ({ unit }) => unitName(unit, 'zh'),
  en: ({ value, unit, qualifier }) => {
    if (typeof unit === 'object') return countedWord(unit, 'en', value, qualifier);
    // Only an exact one is singular: "more than 1 item" is still items.
    return value === 1 && qualifier === 'none' && unit === 'items' ? 'item' : unitName(unit, 'en');
  },
  'zh-Hant': ({ unit }) => unitName(unit, 'zh-Hant'),
};

export function valueCells(figure: Measured, locale: Locale): ValueCells {
  return { number: formatNumber(figure.value, locale), unit: unitCells[locale](figure) };
}
