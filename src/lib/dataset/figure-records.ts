import { type Locale } from '../../i18n/locales.ts';
import { defaultLocale, locales } from '../../i18n/publication-locales.ts';
import { countedThings } from '../format/counted-word.ts';
import { formatFigure, formatPeriod, periodKind } from '../format/format-figure.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/report.ts';

/** The fields given once per locale, each in a column per locale: `label_zh`, `label_en`, `text_zh` … */
const localizedFields = ['label', 'text', 'source'] as const;
type LocalizedColumn = `${(typeof localizedFields)[number]}_${Locale}`;

/**
 * One figure as a flat, multilingual record: the shape of the whole-dataset downloads and of a
 * chart's CSV. Every language side by side, so one file serves every reader and every tool.
 */
export interface FigureRecord extends Record<LocalizedColumn, string> {
  id: string;
  section: string;
  value: number;
  unit: string;
  qualifier: string;
  /** `year` (a result of that year), `end-of-year` (a total at its end) or `definition` (a threshold: period `none`). */
  period_kind: string;
  period: string;
}

/** A column per locale, in the locale list's order: `localeColumns('label')` → label_zh, label_en. */
export function localeColumns<Field extends string>(field: Field): `${Field}_${Locale}`[] {
  return locales.map((locale) => `${field}_${locale}` as const);
}

export const figureRecordColumns: readonly (keyof FigureRecord)[] = [
  'id',
  'section',
  'value',
  'unit',
  'qualifier',
  'period_kind',
  'period',
  ...localizedFields.flatMap((field) => localeColumns(field)),
];

/**
 * The unit as a machine-friendly word: `items`, `percent`, or the counted things in English (the
 * language of these keywords), then in the publication's other locales, each word once:
 * `count: enterprises / 家`.
 */
function unitName(unit: Figure['unit']): string {
  if (typeof unit !== 'object') return unit;
  const inOrder = ['en', ...locales].filter((locale): locale is Locale => locale in unit);
  return `count: ${[...new Set(inOrder.map((locale) => countedThings(unit, locale)))].join(' / ')}`;
}

function periodName(period: Figure['period']): string {
  if (period === 'none') return 'none';
  return typeof period === 'number' ? String(period) : `end of ${period.endOf}`;
}

/** What follows a value in its text: its period in brackets, or, for a threshold, that it is one. */
const chinesePeriod = (period: string) => `（${period}）`;
const valueNotes: Record<Locale, { period: (period: string) => string; threshold: string }> = {
  zh: { period: chinesePeriod, threshold: '（分类标准，无统计时期）' },
  en: { period: (period) => ` (${period})`, threshold: ' (a threshold, no period)' },
  'zh-Hant': { period: chinesePeriod, threshold: '（分類標準，無統計時期）' },
};

/** The value as a sentence writes it, with its period; a threshold says it is one instead. */
function textWithPeriod(figure: Figure, locale: Locale): string {
  const note = valueNotes[locale];
  return `${formatFigure(figure, locale)}${figure.period === 'none' ? note.threshold : note.period(formatPeriod(figure.period, locale))}`;
}

/**
 * Chinese punctuation in the Chinese citation, e.g. 国家邮政局：《标题》（2021-01-04）. The English one
 * keeps the release's own title and gives the English title as what it is, this edition's
 * translation, not a title of the publisher's.
 */
const chineseCitation = (locale: Locale) => (source: Source, date: string) =>
  `${source.publisher[locale]}：《${source.title[locale]}》（${date}）`;
const citations: Record<Locale, (source: Source, date: string) => string> = {
  zh: chineseCitation('zh'),
  en: (source, date) =>
    `${source.publisher.en}: ${source.title[defaultLocale]} [“${source.title.en}”, this edition’s translation of the title] (${date})`,
  'zh-Hant': chineseCitation('zh-Hant'),
};

function citation(source: Source, locale: Locale): string {
  return citations[locale](source, source.date.toISOString().slice(0, 10));
}

/** A field's columns, one per locale, in the locale list's order: `{ label_zh: …, label_en: … }`. */
export function perLocale<Field extends string>(field: Field, valueIn: (locale: Locale) => string): Record<`${Field}_${Locale}`, string> {
  return Object.fromEntries(locales.map((locale) => [`${field}_${locale}`, valueIn(locale)])) as Record<`${Field}_${Locale}`, string>;
}

export function toFigureRecord(id: string, figure: Figure, source: Source): FigureRecord {
  return {
    id,
    section: figure.section,
    value: figure.value,
    unit: unitName(figure.unit),
    qualifier: figure.qualifier,
    period_kind: periodKind(figure.period),
    period: periodName(figure.period),
    ...perLocale('label', (locale) => figure.label[locale]),
    ...perLocale('text', (locale) => textWithPeriod(figure, locale)),
    ...perLocale('source', (locale) => citation(source, locale)),
  };
}
