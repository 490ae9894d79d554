import { describe, expect, test } from 'vitest';
import { asciiHeadingAnchors, astroHeadingSlugs, markdownHeadingTexts } from '../../src/lib/content/heading-anchors.ts';
import { htmlText } from '../../src/lib/format/html-text.ts';

describe('markdownHeadingTexts', () => {
  test('every ATX heading in order, outside front matter and fenced code', () => {
    const file = [
      '---',
      'title: Alpha',
      '# not a heading: front matter',
      '---',
      '',
      '## The last mile',
      'Text.',
      '```',
      '## in code',
      '```',
      '### Into villages ##',
    ].join('\n');
    expect(markdownHeadingTexts(file)).toEqual(['The last mile', 'Into villages']);
  });

  test('Windows line ends', () => {
    expect(markdownHeadingTexts('## One\r\nText\r\n## Two\r\n')).toEqual(['One', 'Two']);
  });
});

describe('asciiHeadingAnchors', () => {
  test('the English headings’ slugs, as Astro writes them, numbered when repeated', () => {
    expect(asciiHeadingAnchors(['The last mile', 'The “Two Ins, One Out” programme', 'The last mile'])).toEqual([
      'the-last-mile',
      'the-two-ins-one-out-programme',
      'the-last-mile-1',
    ]);
  });

  test('a heading whose slug is not ASCII becomes heading-<n>', () => {
    expect(asciiHeadingAnchors(['Into villages', '快递进村', 'Über'])).toEqual(['into-villages', 'heading-2', 'heading-3']);
  });

  test('the former slugs of Chinese headings are Chinese, as Astro made them', () => {
    expect(astroHeadingSlugs(['快递末端设施', '深化“放管服”改革'])).toEqual(['快递末端设施', '深化放管服改革']);
  });
});

describe('htmlText', () => {
  test('tags dropped, character references decoded, white space (a no-break space too) collapsed', () => {
    expect(
      htmlText(
        '<span lang="zh-CN">快递</span> &amp; <i>parcels</i>&#x2019;\n  &#8220;x&#8221; &lt;b&gt; &quot;q&quot; &apos;a&apos;&nbsp;&unknown;',
      ),
    ).toBe('快递 & parcels’ “x” <b> "q" \'a\' &unknown;');
  });
});
