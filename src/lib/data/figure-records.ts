import { formatFigure, formatPeriod } from '../format/format-figure.ts';
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
  return typeof unit === 'object' ? `count: ${unit.en} / ${unit.zh}` : unit;
}

function periodName(period: Figure['period']): string {
  return typeof period === 'number' ? String(period) : `end of ${period.endOf}`;
}

function citation(source: Source, locale: 'zh' | 'en'): string {
  return `${source.publisher[locale]}: ${source.title[locale]} (${source.date.toISOString().slice(0, 10)})`;
}

export function toFigureRecord(id: string, figure: Figure, source: Source): FigureRecord {
  return {
    id,
    section: figure.section,
    value: figure.value,
    unit: unitName(figure.unit),
    qualifier: figure.qualifier,
    period: periodName(figure.period),
    label_zh: figure.label.zh,
    label_en: figure.label.en,
    text_zh: `${formatFigure(figure, 'zh')}（${formatPeriod(figure.period, 'zh')}）`,
    text_en: `${formatFigure(figure, 'en')} (${formatPeriod(figure.period, 'en')})`,
    source_zh: citation(source, 'zh'),
    source_en: citation(source, 'en'),
  };
}
