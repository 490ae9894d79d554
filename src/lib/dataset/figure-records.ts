import { formatFigure, formatPeriod, periodKind } from '../format/format-figure.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/report.ts';

/**
 * One figure as a flat, bilingual record: the shape of the whole-dataset downloads and of a
 * chart's CSV. Both languages side by side, so one file serves every reader and every tool.
 */
export interface FigureRecord {
  id: string;
  section: string;
  value: number;
  unit: string;
  qualifier: string;
  /** `year` (a result of that year), `end-of-year` (a total at its end) or `definition` (a threshold: period `none`). */
  period_kind: string;
  period: string;
  label_zh: string;
  label_en: string;
  text_zh: string;
  text_en: string;
  source_zh: string;
  source_en: string;
}

export const figureRecordColumns: readonly (keyof FigureRecord)[] = [
  'id',
  'section',
  'value',
  'unit',
  'qualifier',
  'period_kind',
  'period',
  'label_zh',
  'label_en',
  'text_zh',
  'text_en',
  'source_zh',
  'source_en',
];

/** The unit as a machine-friendly word: `items`, `percent`, or the counted noun (`count: enterprises / 家`). */
function unitName(unit: Figure['unit']): string {
  return typeof unit === 'object' ? `count: ${unit.en.other} / ${unit.zh}` : unit;
}

function periodName(period: Figure['period']): string {
  if (period === 'none') return 'none';
  return typeof period === 'number' ? String(period) : `end of ${period.endOf}`;
}

/** The value as a sentence writes it, with its period; a threshold says it is one instead. */
function textWithPeriod(figure: Figure, locale: 'zh' | 'en'): string {
  const text = formatFigure(figure, locale);
  if (figure.period === 'none') return locale === 'zh' ? `${text}（分类标准，无统计时期）` : `${text} (a threshold, no period)`;
  return locale === 'zh' ? `${text}（${formatPeriod(figure.period, 'zh')}）` : `${text} (${formatPeriod(figure.period, 'en')})`;
}

/**
 * Chinese punctuation in the Chinese citation, e.g. 国家邮政局：《标题》（2021-01-04）. The English one
 * keeps the release's own title and gives the English title as what it is, this edition's
 * translation, not a title of the publisher's.
 */
function citation(source: Source, locale: 'zh' | 'en'): string {
  const date = source.date.toISOString().slice(0, 10);
  return locale === 'zh'
    ? `${source.publisher.zh}：《${source.title.zh}》（${date}）`
    : `${source.publisher.en}: ${source.title.zh} [“${source.title.en}”, this edition’s translation of the title] (${date})`;
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
    label_zh: figure.label.zh,
    label_en: figure.label.en,
    text_zh: textWithPeriod(figure, 'zh'),
    text_en: textWithPeriod(figure, 'en'),
    source_zh: citation(source, 'zh'),
    source_en: citation(source, 'en'),
  };
}
