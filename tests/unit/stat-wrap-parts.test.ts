import { describe, expect, test } from 'vitest';
import { statWrapParts } from '../../src/lib/format/stat-wrap-parts.ts';

describe('statWrapParts', () => {
  test.each([
    ['more than 13,000 village-level service stations', 'more than ', '13,000 village-level', ' service stations'],
    ['2.12 billion items', '', '2.12 billion', ' items'],
    ['more than 50%', 'more than ', '50%', ''],
    ['400,000 banks of smart parcel lockers', '', '400,000 banks', ' of smart parcel lockers'],
    ['超过50%', '', '超过50%', ''],
    ['21.2亿件', '', '21.2亿件', ''],
    ['no number', '', 'no number', ''],
  ])('%s', (text, before, kept, after) => {
    expect(statWrapParts(text)).toEqual({ before, kept, after });
  });
});
