import type { Locale } from '../../i18n/locales.ts';

/**
 * The key of one language version of the report in reference managers: the report's own key
 * (content/report.yaml, `citationKey`) and the locale, e.g. review2021-zh, review2021-en.
 */
export function citationKey(reportKey: string, locale: Locale): string {
  return `${reportKey}-${locale}`;
}

/**
 * The key of one statistic: its language version's key and the figure's id in letters, digits and
 * hyphens (BibTeX keys hold no dots), e.g. review2021-en-rural-parcels for rural.parcels.
 */
export function figureCitationKey(reportKey: string, locale: Locale, figureId: string): string {
  return `${citationKey(reportKey, locale)}-${figureId.replace(/[^a-z0-9]+/gi, '-')}`;
}
