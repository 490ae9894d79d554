import { describe, expect, test } from 'vitest';
import { sectionOutline } from '../../src/lib/content/section-outline.ts';

describe('sectionOutline', () => {
  test('headings of levels 2 and 3 and charts, in reading order', () => {
    const body = [
      'Intro.',
      '',
      '## 荣誉与培训',
      '',
      'Text.',
      '',
      '<Chart id="professional-titles" />',
      '',
      '### Detail ##',
      '# Not listed',
      '#### Nor this',
    ].join('\n');
    expect(sectionOutline(body)).toEqual([
      { kind: 'heading', depth: 2, text: '荣誉与培训' },
      { kind: 'chart', id: 'professional-titles' },
      { kind: 'heading', depth: 3, text: 'Detail' },
    ]);
  });
  test('nothing inside a fenced code block', () => {
    expect(sectionOutline('```\n## Not a heading\n<Chart id="x" />\n```\n## Heading')).toEqual([
      { kind: 'heading', depth: 2, text: 'Heading' },
    ]);
  });
});
