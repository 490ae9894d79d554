import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure, formatPeriod } from './format-figure.ts';

/**
 * The title of a figure's own page states the answer, as people search for it:
 * "2020年跨境寄递业务量：21.2亿件" / "Cross-border delivery volume, 2020: 2.12 billion items".
 */
export function figureTitle(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'period' | 'label'>, locale: Locale): string {
  return `${figureHeading(figure, locale)}${locale === 'zh' ? '：' : ': '}${formatFigure(figure, locale)}`;
}

/**
 * What the figure is and when, without its value: "2020年跨境寄递业务量" / "Cross-border delivery
 * volume, 2020". A threshold has no period: its label alone, which says what it defines.
 */
export function figureHeading(figure: Pick<Figure, 'period' | 'label'>, locale: Locale): string {
  if (figure.period === 'none') return figure.label[locale];
  const period = formatPeriod(figure.period, locale);
  return locale === 'zh' ? `${period}${figure.label.zh}` : `${figure.label.en}, ${period}`;
}
