import { describe, expect, test } from 'vitest';
import { wrapLabel } from '../../src/lib/charts/wrap-label.ts';

/** One unit of width a character, so that the expected lines can be counted by eye. */
const characters = (text: string) => [...text].length;

describe('wrapLabel', () => {
  test('a label that fits stays one line', () => {
    expect(wrapLabel('Passed the assessment', 30, characters, 'en')).toEqual(['Passed the assessment']);
  });

  test('English breaks between words, each line within the width', () => {
    const lines = wrapLabel('“Gold” projects (more than 10 million items a year)', 16, characters, 'en');
    expect(lines).toEqual(['“Gold” projects', '(more than 10', 'million items a', 'year)']);
    for (const line of lines) expect(characters(line)).toBeLessThanOrEqual(16);
  });

  test('an opening bracket or quote stays with the word after it', () => {
    // Without that rule, "(" would end the first line: "“Gold” projects (" is 17 wide.
    expect(wrapLabel('“Gold” projects (more than', 17, characters, 'en')).toEqual(['“Gold” projects', '(more than']);
    expect(wrapLabel('金牌项目（年业务量）', 5, characters, 'zh')).not.toContainEqual(expect.stringMatching(/（$/));
  });

  test('English lines stay within the width', () => {
    const lines = wrapLabel('“Gold” projects (more than 10 million items a year)', 16, characters, 'en');
    for (const line of lines) expect(characters(line)).toBeLessThanOrEqual(16);
  });

  test('Chinese breaks between words, without spaces', () => {
    const lines = wrapLabel('金牌项目（年业务量超千万件）', 6, characters, 'zh');
    expect(lines.join('')).toBe('金牌项目（年业务量超千万件）');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(characters(line)).toBeLessThanOrEqual(6);
  });

  test('a word wider than the width keeps a line of its own', () => {
    expect(wrapLabel('an extraordinarily long word', 8, characters, 'en')).toEqual(['an', 'extraordinarily', 'long', 'word']);
  });
});
