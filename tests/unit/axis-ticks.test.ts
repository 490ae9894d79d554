import { describe, expect, test } from 'vitest';
import { axisTickLabels } from '../../src/lib/charts/axis-ticks.ts';

const steps = (step: number, count: number) => Array.from({ length: count + 1 }, (_, index) => index * step);

describe('axisTickLabels', () => {
  test('a Chinese axis below 10万 is in digits throughout, with no 万 at its top', () => {
    expect(axisTickLabels(steps(1000, 10), 'zh')).toEqual([
      '0',
      '1000',
      '2000',
      '3000',
      '4000',
      '5000',
      '6000',
      '7000',
      '8000',
      '9000',
      '10000',
    ]);
  });

  test('a Chinese axis that reaches 10万 is in 万 and 亿 throughout, as the prose writes them', () => {
    expect(axisTickLabels(steps(50_000, 4), 'zh')).toEqual(['0', '5万', '10万', '15万', '20万']);
    expect(axisTickLabels(steps(5_000_000_000, 6), 'zh')).toEqual(['0', '50亿', '100亿', '150亿', '200亿', '250亿', '300亿']);
  });

  test('an English axis below 10 million groups thousands; from there on it names millions and billions', () => {
    expect(axisTickLabels(steps(200_000, 6), 'en')).toEqual(['0', '200,000', '400,000', '600,000', '800,000', '1,000,000', '1,200,000']);
    expect(axisTickLabels(steps(5_000_000_000, 2), 'en')).toEqual(['0', '5 billion', '10 billion']);
  });

  test('fractional steps of a small axis keep their decimals', () => {
    expect(axisTickLabels([0, 0.5, 1, 1.5], 'zh')).toEqual(['0', '0.5', '1', '1.5']);
    expect(axisTickLabels([0, 0.5, 1, 1.5], 'en')).toEqual(['0', '0.5', '1', '1.5']);
  });
});
