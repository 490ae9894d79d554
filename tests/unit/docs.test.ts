import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';

/*
 * The docs a newcomer reads (issue 24): README.md for the first hour, the rest linked from it. Their
 * relative links are read the way GitHub shows them: a path from the file's folder, and an #anchor
 * that is a heading's slug there (github-slugger, as GitHub writes it).
 */
const docs = [
  'README.md',
  'CONTRIBUTING.md',
  'bench/RESULTS.md',
  ...fs
    .readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The parts of an mdast node read here. */
interface MarkdownNode {
  type: string;
  url?: string;
  value?: string;
  children?: MarkdownNode[];
}

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as MarkdownNode;
const descendants = (node: MarkdownNode): MarkdownNode[] => [node, ...(node.children ?? []).flatMap(descendants)];
const text = (node: MarkdownNode): string => node.value ?? (node.children ?? []).map(text).join('');

/** Each file's heading anchors, parsed once: a doc links to the same file's headings dozens of times. */
const anchorsByFile = new Map<string, Set<string>>();

function headingAnchors(file: string): Set<string> {
  let anchors = anchorsByFile.get(file);
  if (anchors === undefined) {
    const slugger = new GithubSlugger();
    const headings = descendants(parse(fs.readFileSync(file, 'utf8'))).filter((node) => node.type === 'heading');
    anchors = new Set(headings.map((heading) => slugger.slug(text(heading))));
    anchorsByFile.set(file, anchors);
  }
  return anchors;
}

/** The relative links and images of `markdown` (the text of `file`) that lead to no file, or to no heading of it. */
function brokenLinks(file: string, markdown: string): string[] {
  return descendants(parse(markdown))
    .flatMap((node) => ((node.type === 'link' || node.type === 'image') && node.url !== undefined ? [node.url] : []))
    .filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url))
    .filter((url) => {
      const [target, anchor] = url.split('#');
      const targetFile = target ? path.join(path.dirname(file), decodeURIComponent(target)) : file;
      if (!fs.existsSync(targetFile)) return true;
      return anchor !== undefined && !(targetFile.endsWith('.md') && headingAnchors(targetFile).has(anchor));
    });
}

describe.each(docs)('%s', (file) => {
  test('every relative link leads to a file, and its #anchor to a heading of that file', () => {
    expect(brokenLinks(file, fs.readFileSync(file, 'utf8'))).toEqual([]);
  });
});

test('a link to a missing file, or to a heading its file does not have, is found', () => {
  const markdown = ['[ok](docs/editing.md#quality-gates) [gone](docs/gone.md)', '', '[no heading](docs/editing.md#no-such-heading)'].join(
    '\n',
  );
  expect(brokenLinks('README.md', markdown)).toEqual(['docs/gone.md', 'docs/editing.md#no-such-heading']);
});

test('the README links every doc, and stays short enough to read first (at most 150 lines)', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const linked = new Set(descendants(parse(readme)).flatMap((node) => (node.type === 'link' && node.url ? [node.url.split('#')[0]] : [])));
  expect(docs.filter((doc) => doc !== 'README.md' && !linked.has(doc))).toEqual([]);
  expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(150);
});
