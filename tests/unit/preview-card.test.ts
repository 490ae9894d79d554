import { describe, expect, test } from 'vitest';
import { facesForText, parseFontFaces } from '../../src/lib/og/font-faces.ts';
import { cardText, emWidth, fittingSize, previewCard, previewColours, type CardNode } from '../../src/lib/og/preview-card.ts';

const css = `
/* noto-sans-sc-[4]-700-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url(./files/noto-sans-sc-4-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-4-700-normal.woff) format('woff');
  unicode-range: U+4e00-4e0f,U+201c-201d;
}
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url(./files/noto-sans-sc-latin-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-latin-700-normal.woff) format('woff');
  unicode-range: U+0000-00FF,U+2000-206F;
}`;

describe('font subsets', () => {
  const faces = parseFontFaces(css);

  test('each @font-face becomes its WOFF file and its ranges', () => {
    expect(faces).toEqual([
      {
        file: 'files/noto-sans-sc-4-700-normal.woff',
        ranges: [
          [0x4e00, 0x4e0f],
          [0x201c, 0x201d],
        ],
      },
      {
        file: 'files/noto-sans-sc-latin-700-normal.woff',
        ranges: [
          [0x0000, 0x00ff],
          [0x2000, 0x206f],
        ],
      },
    ]);
  });

  test('only the subsets that hold the text’s characters, the first that holds a character drawing it', () => {
    expect(facesForText('abc', faces).faces.map((face) => face.file)).toEqual(['files/noto-sans-sc-latin-700-normal.woff']);
    expect(facesForText('一“', faces).faces.map((face) => face.file)).toEqual(['files/noto-sans-sc-4-700-normal.woff']);
    expect(facesForText('一 a', faces).faces).toHaveLength(2);
  });

  test('a character no subset holds is reported', () => {
    expect(facesForText('a中', faces).missing).toEqual(['中']);
  });
});

describe('preview card', () => {
  const texts = (node: CardNode): string[] =>
    typeof node.props.children === 'string' ? [node.props.children] : (node.props.children ?? []).flatMap(texts);

  test('shows the kicker, title, value and report name, in that order, in the site’s colours', () => {
    const card = previewCard({ site: 'Report', kicker: 'Section', title: 'Volume, 2020', value: '2.12 billion items' }, 'a, b');
    expect(texts(card)).toEqual(['Section', 'Volume, 2020', '2.12 billion items', 'Report']);
    expect(card.props.style).toMatchObject({ width: 1200, height: 630, background: previewColours.surface, fontFamily: 'a, b' });
    expect(JSON.stringify(card)).toContain(previewColours.accent);
  });

  test('a page without a value shows no value line', () => {
    expect(texts(previewCard({ site: 'Report', title: 'Data and sources' }, 'a'))).toEqual(['Data and sources', 'Report']);
    expect(cardText({ site: 'R', title: 'T', value: 'V', kicker: 'K' })).toBe('RTVK');
  });

  test('Chinese characters count a full em, Latin about six tenths', () => {
    expect(emWidth('中国')).toBe(2);
    expect(emWidth('ab')).toBeCloseTo(1.24);
  });

  test('the largest size at which a text fits, or none', () => {
    const title = '2020年中国邮政快递业发展回顾';
    expect(fittingSize(title, 1016, 1, [72, 64, 56])).toBe(64);
    expect(fittingSize('中'.repeat(40), 1016, 1, [72, 64, 56])).toBeUndefined();
  });
});
