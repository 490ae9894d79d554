import type { Locale } from '../../i18n/locales.ts';
import type { Unit } from '../../schemas/figure.ts';
import { simplifiedWords, traditionalWords } from './chinese-words.ts';
import { countedThings } from './counted-word.ts';

const names: Record<Locale, Record<Exclude<Unit, object>, string>> = {
  zh: simplifiedWords.units,
  en: { items: 'items', yuan: 'yuan (CNY)', percent: 'percent', 'percentage-points': 'percentage points' },
  'zh-Hant': traditionalWords.units,
};

/** The unit as words, for a figure's page and its structured data: "组" / "banks of smart parcel lockers", "件" / "items". */
export function unitName(unit: Unit, locale: Locale): string {
  return typeof unit === 'object' ? countedThings(unit, locale) : names[locale][unit];
}
