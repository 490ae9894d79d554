import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { displayPath } from '../../src/errors/content-dir.ts';
import { contentFileProblems, controlCharacterProblem, longParagraphProblems } from '../../src/lib/content/content-files.ts';

let dir: string;
const write = (name: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
};
/** The problems, with the temporary folder named as the build names its content folder. */
const problems = () => contentFileProblems(dir).map((problem) => problem.replaceAll(displayPath(dir), 'content'));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('controlCharacterProblem', () => {
  test('a NUL byte is named with its line and column, not at line 1', () => {
    const text = `${'line\n'.repeat(16)}ab\u0000cd\n`;
    expect(controlCharacterProblem(text, 'content/sections/en/alpha.mdx')).toBe(
      'content/sections/en/alpha.mdx:17:3: the text holds the invisible control character U+0000 (NUL), which no content needs (it often comes with text pasted from a PDF or a word processor). Delete it.',
    );
    expect(controlCharacterProblem('tab\tand\r\nlines\n', 'f')).toBeUndefined();
    expect(controlCharacterProblem('a\u000Cb', 'f')).toContain('f:1:2: the text holds the invisible control character U+000C,');
  });
});

describe('longParagraphProblems', () => {
  test('a paragraph over 10,000 characters is named at its first line, once', () => {
    const text = `---\ntitle: x\n---\n\nShort.\n\n${'快递进村。'.repeat(1000)}\n${'快递进村。'.repeat(1001)}\n\nShort again.\n`;
    expect(longParagraphProblems(text, 'content/sections/zh/alpha.mdx')).toEqual([
      'content/sections/zh/alpha.mdx:7: the paragraph that starts here is longer than 10,000 characters, the limit for a paragraph. Split it into paragraphs, with a blank line between them.',
    ]);
    expect(longParagraphProblems(`${'a'.repeat(9000)}\n\n${'b'.repeat(9000)}`, 'f')).toEqual([]);
  });
});

describe('contentFileProblems', () => {
  test('symbolic links are refused by name, wherever they are and whatever they point to; all problems at once', () => {
    write('report.yaml', 'title: x\n');
    write('sections/en/alpha.mdx', 'Text.\n');
    write('figures/alpha.yaml', 'figures:\n  - id: a\u0000\n');
    const outside = path.join(dir, '..', `${path.basename(dir)}-outside.mdx`);
    fs.writeFileSync(outside, 'secret');
    fs.symlinkSync('/etc/passwd', path.join(dir, 'sections', 'en', 'beta.mdx'));
    fs.symlinkSync(outside, path.join(dir, 'sections', 'en', 'gamma.mdx'));
    fs.symlinkSync(path.join(dir, 'sections', 'en'), path.join(dir, 'sections', 'zh'));
    try {
      expect(problems()).toEqual([
        'content/figures/alpha.yaml:2:10: the text holds the invisible control character U+0000 (NUL), which no content needs (it often comes with text pasted from a PDF or a word processor). Delete it.',
        'content/sections/en/beta.mdx is a symbolic link (to /etc/passwd): the build reads no links, so that nothing outside the content folder is published. Put the file itself here.',
        `content/sections/en/gamma.mdx is a symbolic link (to ${outside}): the build reads no links, so that nothing outside the content folder is published. Put the file itself here.`,
        `content/sections/zh is a symbolic link (to ${path.join(dir, 'sections', 'en')}): the build reads no links, so that nothing outside the content folder is published. Put the file itself here.`,
      ]);
    } finally {
      fs.rmSync(outside);
    }
  });

  test('a sound folder has none', () => {
    write('sections/en/alpha.mdx', 'Text.\n');
    write('glossary.yaml', '- id: a\n');
    expect(problems()).toEqual([]);
  });
});
