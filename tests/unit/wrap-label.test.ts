import { describe, expect, test } from 'vitest';
import { breakUnits, wrapLabel } from '../../src/lib/charts/wrap-label.ts';

/** One unit of width a character, so that the expected lines can be counted by eye. */
const characters = (text: string) => [...text].length;

describe('breakUnits', () => {
  test('English: a word with its closing marks, apostrophes and the space after it', () => {
    expect(breakUnits('The SPB’s “Gold” projects (10%, a year).')).toEqual([
      'The ',
      'SPB’s ',
      '“Gold” ',
      'projects ',
      '(10%, ',
      'a ',
      'year).',
    ]);
  });

  test('Chinese: each character, with the closing marks after it and the opening marks before it', () => {
    expect(breakUnits('金牌项目（年业务量超1000万件），共60个。')).toEqual([
      '金',
      '牌',
      '项',
      '目',
      '（年',
      '业',
      '务',
      '量',
      '超',
      '1000',
      '万',
      '件），',
      '共',
      '60',
      '个。',
    ]);
  });

  test('joined, the units are the label', () => {
    for (const label of [
      '“Gold” projects (more than 10 million items a year)',
      '金牌项目（年业务量超千万件）',
      '  two  spaces ',
      '（',
      '',
    ]) {
      expect(breakUnits(label).join('')).toBe(label);
    }
  });
});

describe('wrapLabel', () => {
  test('a label that fits stays one line', () => {
    expect(wrapLabel('Passed the assessment', 30, characters)).toEqual(['Passed the assessment']);
  });

  test('English breaks between words, each line within the width', () => {
    const lines = wrapLabel('“Gold” projects (more than 10 million items a year)', 16, characters);
    expect(lines).toEqual(['“Gold” projects', '(more than 10', 'million items a', 'year)']);
  });

  test('an opening bracket or quote stays with the word after it', () => {
    // Without that rule, "(" would end the first line: "“Gold” projects (" is 17 wide.
    expect(wrapLabel('“Gold” projects (more than', 17, characters)).toEqual(['“Gold” projects', '(more than']);
    expect(wrapLabel('金牌项目（年业务量）', 5, characters)).toEqual(['金牌项目', '（年业务', '量）']);
  });

  test('Chinese breaks between characters, without spaces, and no line starts with closing punctuation', () => {
    const lines = wrapLabel('年业务量超千万件，金牌项目。', 8, characters);
    expect(lines).toEqual(['年业务量超千万', '件，金牌项目。']);
  });

  test('balanced: as many lines as filling them needs, none left with a single word or character', () => {
    // Filled one after another, these would end in "项目" and in "agriculture" alone.
    expect(wrapLabel('年业务量超百万件的项目', 9, characters)).toEqual(['年业务量超百', '万件的项目']);
    expect(wrapLabel('Express delivery projects in agriculture', 30, characters)).toEqual(['Express delivery', 'projects in agriculture']);
  });

  test('a word wider than the width keeps a line of its own', () => {
    expect(wrapLabel('an extraordinarily long word', 8, characters)).toEqual(['an', 'extraordinarily', 'long', 'word']);
  });
});
