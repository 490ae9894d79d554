import type { Locale } from '../../i18n/locales.ts';
import type { Unit } from '../../schemas/figure.ts';

const names: Record<Exclude<Unit, object>, Record<Locale, string>> = {
  items: { zh: '件', en: 'items' },
  yuan: { zh: '元', en: 'yuan (CNY)' },
  percent: { zh: '%', en: 'percent' },
  'percentage-points': { zh: '个百分点', en: 'percentage points' },
};

/** The unit as words, for a figure's page and its structured data: "组" / "banks of smart parcel lockers", "件" / "items". */
export function unitName(unit: Unit, locale: Locale): string {
  if (typeof unit === 'object') return locale === 'zh' ? unit.zh : unit.en.other;
  return names[unit][locale];
}
