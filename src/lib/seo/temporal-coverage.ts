import type { Period } from '../../schemas/figure.ts';

/**
 * schema.org `temporalCoverage` of a set of figures: one year ("2020") or an ISO 8601 interval
 * ("2016/2020"). Thresholds (period none) cover no time and are left out.
 */
export function temporalCoverage(periods: readonly Period[]): string {
  const years = periods.flatMap((period) => (period === 'none' ? [] : [typeof period === 'number' ? period : period.endOf]));
  if (years.length === 0) throw new Error('temporalCoverage needs at least one period');
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}/${last}`;
}

/**
 * schema.org `temporalCoverage` of one figure: its year ("2020"), or the day a total was counted
 * ("2020-12-31"); a threshold covers no time (undefined).
 */
export function figureTemporalCoverage(period: Period): string | undefined {
  if (period === 'none') return undefined;
  return typeof period === 'number' ? String(period) : `${period.endOf}-12-31`;
}
