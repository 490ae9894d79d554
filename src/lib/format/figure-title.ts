import type { Locale } from '../../i18n/locales.ts';
import { typography } from '../../i18n/conventions.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure, formatPeriod } from './format-figure.ts';

/** Where each language puts the period: before the label in Chinese, after it in English. */
const periodFirst = (label: string, period: string) => `${period}${label}`;
const headingWords: Record<Locale, (label: string, period: string) => string> = {
  zh: periodFirst,
  en: (label, period) => `${label}, ${period}`,
  'zh-Hant': periodFirst,
};

/**
 * The title of a figure's own page states the answer, as people search for it:
 * "2020年跨境寄递业务量：21.2亿件" / "Cross-border delivery volume, 2020: 2.12 billion items".
 */
export function figureTitle(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'period' | 'label'>, locale: Locale): string {
  return `${figureHeading(figure, locale)}${typography(locale).colon}${formatFigure(figure, locale)}`;
}

/**
 * What the figure is and when, without its value: "2020年跨境寄递业务量" / "Cross-border delivery
 * volume, 2020". A threshold has no period: its label alone, which says what it defines.
 */
export function figureHeading(figure: Pick<Figure, 'period' | 'label'>, locale: Locale): string {
  if (figure.period === 'none') return figure.label[locale];
  return headingWords[locale](figure.label[locale], formatPeriod(figure.period, locale));
}
