import type { Locale } from '../../i18n/locales.ts';
import { localeConventions, type CitationStyleName } from '../../i18n/conventions.ts';
import { citeApa } from './cite-apa.ts';
import { citeGbt7714 } from './cite-gbt7714.ts';
import type { CitedWork, FormattedCitation } from './cited-work.ts';

export interface CitationStyle {
  /** The style's name, shown above the reference. */
  name: string;
  cite: (work: CitedWork) => FormattedCitation;
  /** Whether the reference holds the reader's access date, which a copy button fills in (GB/T 7714's [引用日期]). */
  hasAccessDate: boolean;
}

const styles: Record<CitationStyleName, CitationStyle> = {
  'gb-t-7714': { name: 'GB/T 7714-2015', cite: citeGbt7714, hasAccessDate: true },
  apa: { name: 'APA 7', cite: citeApa, hasAccessDate: false },
};

/** The citation style readers of a locale expect (src/i18n/locales.ts). */
export function citationStyleOf(locale: Locale): CitationStyle {
  return styles[localeConventions[locale].citationStyle];
}
