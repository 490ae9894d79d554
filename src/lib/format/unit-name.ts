import type { Locale } from '../../i18n/locales.ts';
import type { Unit } from '../../schemas/figure.ts';

const names: Record<Exclude<Unit, object>, Record<Locale, string>> = {
  items: { zh: '件', en: 'items' },
  yuan: { zh: '元', en: 'yuan (CNY)' },
  percent: { zh: '%', en: 'percent' },
  'percentage-points': { zh: '个百分点', en: 'percentage points' },
};

/** A counted unit's name in each language: the Chinese measure word, the English plural noun. */
const countedNames: Record<Locale, (unit: Extract<Unit, object>) => string> = {
  zh: (unit) => unit.zh,
  en: (unit) => unit.en.other,
};

/** The unit as words, for a figure's page and its structured data: "组" / "banks of smart parcel lockers", "件" / "items". */
export function unitName(unit: Unit, locale: Locale): string {
  return typeof unit === 'object' ? countedNames[locale](unit) : names[unit][locale];
}
