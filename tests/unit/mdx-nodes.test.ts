import type { Heading, Paragraph, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import {
  addHtmlProperties,
  attributeExpression,
  attributeText,
  isJsxElement,
  removeAttribute,
  setAttribute,
  type MdxJsxElement,
} from '../../src/lib/mdx/mdx-nodes.ts';

const parse = (mdx: string): Root => unified().use(remarkParse).use(remarkMdx).parse(mdx);

/** The first JSX element of a one-line MDX text, inline or a block. */
function element(mdx: string): MdxJsxElement {
  const [first] = parse(mdx).children;
  const found = first?.type === 'paragraph' ? first.children.find((node) => isJsxElement(node)) : first;
  if (found === undefined || !isJsxElement(found)) throw new Error(`no element in ${mdx}`);
  return found;
}

describe('isJsxElement', () => {
  test('is true for inline and block elements, of any name or of the one given', () => {
    const [inline, block] = [element('Text <Stat id="a.b"/>.'), element('<Chart id="c" />')];
    expect([inline.type, block.type]).toEqual(['mdxJsxTextElement', 'mdxJsxFlowElement']);
    expect([isJsxElement(inline), isJsxElement(block), isJsxElement(inline, 'Stat'), isJsxElement(block, 'Chart')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([isJsxElement(inline, 'Chart'), isJsxElement(block, 'Stat')]).toEqual([false, false]);
  });

  test('is false for Markdown nodes', () => {
    const [paragraph, heading] = parse('Text.\n\n## Heading').children;
    expect([paragraph, heading].map((node) => node !== undefined && isJsxElement(node))).toEqual([false, false]);
  });
});

describe('attributeText and attributeExpression', () => {
  const chart = element('<Chart id="c" ids={["a.b", "c.d"]} first {...props} id={other} />');

  test('a quoted value is text, a value in braces is an expression, by the first attribute of the name', () => {
    expect(attributeText(chart, 'id')).toBe('c');
    expect(attributeExpression(chart, 'id')).toBeUndefined();
    expect(attributeExpression(chart, 'ids')).toBe('["a.b", "c.d"]');
    expect(attributeText(chart, 'ids')).toBeUndefined();
  });

  test('a bare or missing attribute has neither', () => {
    expect([attributeText(chart, 'first'), attributeExpression(chart, 'first')]).toEqual([undefined, undefined]);
    expect([attributeText(chart, 'form'), attributeExpression(chart, 'form')]).toEqual([undefined, undefined]);
  });
});

describe('setAttribute and removeAttribute', () => {
  test('set replaces every attribute of the name and writes it last; null writes it bare', () => {
    const stat = element('Text <Stat locale="zh" id="a.b" locale={x}/>.');
    setAttribute(stat, 'locale', 'en');
    setAttribute(stat, 'first', null);
    expect(stat.attributes.map((attribute) => attribute.type === 'mdxJsxAttribute' && [attribute.name, attribute.value])).toEqual([
      ['id', 'a.b'],
      ['locale', 'en'],
      ['first', null],
    ]);
  });

  test('remove leaves other attributes and spreads alone', () => {
    const term = element('Text <Term id="t" first="yes" {...props}>x</Term>.');
    removeAttribute(term, 'first');
    expect(term.attributes.map((attribute) => (attribute.type === 'mdxJsxAttribute' ? attribute.name : attribute.type))).toEqual([
      'id',
      'mdxJsxExpressionAttribute',
    ]);
  });
});

describe('addHtmlProperties', () => {
  test('adds to the HTML attributes a node already has, in order, keeping its other data', () => {
    const [heading, paragraph] = parse('## Heading\n\nText.').children as [Heading, Paragraph];
    heading.data = { hProperties: { id: 'a' } };
    addHtmlProperties(heading, { dataLocale: 'en' });
    addHtmlProperties(paragraph, { lang: 'en', dir: undefined });
    expect(heading.data).toEqual({ hProperties: { id: 'a', dataLocale: 'en' } });
    expect(paragraph.data).toEqual({ hProperties: { lang: 'en', dir: undefined } });
  });
});
