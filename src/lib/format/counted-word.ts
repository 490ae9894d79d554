import { localeInfo, type Locale } from '../../i18n/locales.ts';
import type { Qualifier, Unit } from '../../schemas/figure.ts';

/** A counted thing's words in every locale: `{ zh: 个, en: { one: village, other: villages } }`. */
export type CountedUnit = Extract<Unit, object>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The word a count takes in a locale: its one word (a measure word: 个), or the noun's form that the
 * language's plural rules (Intl.PluralRules) choose for the number. A number with a qualifier takes
 * the form of many: "more than 1 item" is still items, so only an exact count chooses.
 */
export function countedWord(unit: CountedUnit, locale: Locale, count: number, qualifier: Qualifier = 'none'): string {
  const word = unit[locale];
  if (typeof word === 'string') return word;
  if (qualifier !== 'none') return word.other;
  let rules = pluralRules.get(locale);
  if (rules === undefined) pluralRules.set(locale, (rules = new Intl.PluralRules(localeInfo[locale].tag)));
  return rules.select(count) === 'one' ? word.one : word.other;
}

/** The word for the counted things in general (a unit's name, a column's description): the form of many. */
export function countedThings(unit: CountedUnit, locale: Locale): string {
  const word = unit[locale];
  return typeof word === 'string' ? word : word.other;
}
