import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { describe, expect, test } from 'vitest';
import { termRefProblems } from '../../src/lib/content/check-term-refs.ts';
import { collectTermRefs, termRefsOf } from '../../src/lib/content/collect-term-refs.ts';

/** An MDX <Term> element as remark-mdx parses it, on `line`, with the attributes given. */
function term(line: number, attributes: Record<string, string | null>): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Term',
    attributes: Object.entries(attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
    children: [{ type: 'text', value: 'words' }],
    position: { start: { line, column: 1 }, end: { line, column: 1 } },
  };
}
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const root = (...children: RootContent[]): Root => ({ type: 'root', children });
const firstFlags = (node: MdxJsxTextElement) =>
  node.attributes
    .filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'first')
    .map((attribute) => attribute.value);

describe('collectTermRefs', () => {
  test('marks the first use of each term id in the file, in reading order, and only that one', () => {
    const a1 = term(3, { id: 'green-shield' });
    const b1 = term(3, { id: 'beidou' });
    const a2 = term(5, { id: 'green-shield' });
    const tree = root(paragraph(a1, { type: 'break' }, b1), { type: 'heading', depth: 2, children: [] }, paragraph(a2));
    expect(collectTermRefs(tree)).toEqual([
      { id: 'green-shield', line: 3, first: true },
      { id: 'beidou', line: 3, first: true },
      { id: 'green-shield', line: 5, first: false },
    ]);
    // A valueless attribute (null) is `true` to the component; later uses carry none.
    expect([firstFlags(a1), firstFlags(b1), firstFlags(a2)]).toEqual([[null], [null], []]);
  });

  test('an editor’s own first="..." is replaced: only the order decides', () => {
    const early = term(2, { id: 'beidou' });
    const late = term(4, { id: 'beidou', first: 'yes' });
    collectTermRefs(root(paragraph(early), paragraph(late)));
    expect([firstFlags(early), firstFlags(late)]).toEqual([[null], []]);
  });

  test.each([
    ['no id', {}],
    ['an empty id', { id: '' }],
  ])('%s stops with the line', (_name, attributes) => {
    expect(() => collectTermRefs(root(paragraph(term(7, attributes))))).toThrow(
      'line 7: <Term> needs an id="..." attribute with a quoted term id from content/glossary.yaml.',
    );
  });

  test('other elements are not terms', () => {
    const span = { ...term(1, { id: 'beidou' }), name: 'span' };
    expect(collectTermRefs(root(paragraph(span)))).toEqual([]);
  });

  test('termRefsOf reads what the remark plugin recorded; a section without terms has none', () => {
    const refs = [{ id: 'beidou', line: 1, first: true }];
    expect(termRefsOf({ termRefs: refs })).toBe(refs);
    expect(termRefsOf({})).toEqual([]);
  });
});

describe('termRefProblems', () => {
  const known = new Set(['two-ins-one-out', 'beidou', 'green-shield']);
  const file = 'content/sections/en/technology.mdx';

  test('known ids pass', () => {
    expect(termRefProblems([{ id: 'beidou', line: 3, first: true }], known, file, 'content/glossary.yaml')).toEqual([]);
  });

  test('each unknown id names the file, the line and every known id, sorted; all of them, in order', () => {
    const refs = [
      { id: 'bei-dou', line: 12, first: false },
      { id: 'beidou', line: 14, first: false },
      { id: 'green-sheild', line: 20, first: true },
    ];
    expect(termRefProblems(refs, known, file, 'content/glossary.yaml')).toEqual([
      `${file}:12: <Term> names term "bei-dou", but content/glossary.yaml has no term with this id. Term ids: beidou, green-shield, two-ins-one-out.`,
      `${file}:20: <Term> names term "green-sheild", but content/glossary.yaml has no term with this id. Term ids: beidou, green-shield, two-ins-one-out.`,
    ]);
  });

  test('an empty glossary says so', () => {
    expect(termRefProblems([{ id: 'beidou', line: undefined, first: true }], new Set(), 'x.mdx', 'content/glossary.yaml')).toEqual([
      'x.mdx: <Term> names term "beidou", but content/glossary.yaml has no term with this id. content/glossary.yaml has no terms yet.',
    ]);
  });
});
