import { describe, expect, test } from 'vitest';
import { formatComparisonProblem, unmarkedComparisons, withoutComparisonMarker } from '../../src/lib/content/comparison-words.ts';

describe('unmarkedComparisons', () => {
  test.each([
    ['智能快件箱明显多于服务站。', ['明显多于']],
    ['农村快件量远大于跨境业务量。', ['远大于']],
    ['高级职称只占很小一部分。', ['只占']],
    ['数量远多于金牌项目。', ['远多于']],
    ['260 projects – far more than the gold projects.', ['far more than']],
    ['Lockers were well above the stations.', ['well above']],
    ['Only a small share gained a senior title.', ['Only a small']],
    ['全年8423人通过评审，其中高级职称96人。', []],
    ['8,423 people passed, of whom 96 gained a senior title.', []],
  ])('%s', (text, words) => {
    expect(unmarkedComparisons(text)).toEqual(words);
  });

  test('the marker lets its own sentence compare, and only its own sentence', () => {
    expect(unmarkedComparisons('Lockers were well above stations {source-compares}.')).toEqual([]);
    expect(unmarkedComparisons('A is far more than B {source-compares}. C is well above D.')).toEqual(['well above']);
    expect(unmarkedComparisons('甲远多于乙 {source-compares}；丙明显多于丁。')).toEqual(['明显多于']);
  });

  test('the marker is not shown to readers', () => {
    expect(withoutComparisonMarker('Lockers were well above stations {source-compares}.')).toBe('Lockers were well above stations.');
  });

  test('the message names the place, the words and the way out', () => {
    expect(formatComparisonProblem('content/charts/a.yaml: description.en', 'far more than')).toBe(
      'content/charts/a.yaml: description.en compares: "far more than". Say what the source says and no more; if the source itself makes this comparison, put {source-compares} in the sentence.',
    );
  });
});
