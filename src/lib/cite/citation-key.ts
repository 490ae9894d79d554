import type { Locale } from '../../i18n/locales.ts';

/** The report's key in reference managers, one per edition: spb2021review-zh, spb2021review-en. */
export function citationKey(locale: Locale): string {
  return `spb2021review-${locale}`;
}
