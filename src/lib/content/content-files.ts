import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../errors/content-dir.ts';

/*
 * Checks of the content folder's files as files, before any of them is parsed: what would
 * otherwise crash a parser or be reported at the wrong place.
 * - A symbolic link is refused by name: a section linked to /etc/passwd, or to a file outside the
 *   project, would be read and published.
 * - A control character (a NUL byte pasted from a PDF) is named with its line and column; the MDX
 *   compiler reported it at line 1, and editors cannot see it.
 * - A paragraph of a section is at most maxParagraphLength characters: a 5 MB paragraph overflowed
 *   the compiler's stack with no line to look at.
 */

/** The longest paragraph a section may hold, in characters. The report's longest is under 700. */
export const maxParagraphLength = 10_000;

const textFile = /\.(mdx?|ya?ml)$/;

/** A control character other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const controlNames: Record<number, string> = { 0: 'NUL', 0x1b: 'ESC', 0x7f: 'DEL' };

function codePoint(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const name = controlNames[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name === undefined ? '' : ` (${name})`}`;
}

/** The first control character of a text, as `file:line:column: message`; undefined when there is none. */
export function controlCharacterProblem(text: string, file: string): string | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = controlCharacter.exec(line);
    if (match !== null) {
      return `${file}:${index + 1}:${match.index + 1}: the text holds the invisible control character ${codePoint(match[0])}, which no content needs (it often comes with text pasted from a PDF or a word processor). Delete it.`;
    }
  }
  return undefined;
}

/** Every paragraph (a run of non-blank lines) whose text is longer than the limit, as `file:line: message`. */
export function longParagraphProblems(text: string, file: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  let start = 0;
  let length = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      length = 0;
      return;
    }
    if (length === 0) start = index;
    const before = length;
    // Indentation is not text: a deeply nested list is the nesting check's to name.
    length += line.trim().length + 1;
    if (before <= maxParagraphLength && length > maxParagraphLength) {
      problems.push(
        `${file}:${start + 1}: the paragraph that starts here is longer than ${maxParagraphLength.toLocaleString('en')} characters, the limit for a paragraph. Split it into paragraphs, with a blank line between them.`,
      );
    }
  });
  return problems;
}

/** Every problem of the files under `dir`, in path order: links, control characters, long paragraphs. */
export function contentFileProblems(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      const shown = displayPath(file);
      if (entry.isSymbolicLink()) {
        return [
          `${shown} is a symbolic link (to ${fs.readlinkSync(file)}): the build reads no links, so that nothing outside the content folder is published. Put the file itself here.`,
        ];
      }
      if (entry.isDirectory()) return contentFileProblems(file);
      if (!entry.isFile() || !textFile.test(entry.name)) return [];
      const text = fs.readFileSync(file, 'utf8');
      const control = controlCharacterProblem(text, shown);
      return [...(control === undefined ? [] : [control]), ...(entry.name.endsWith('.mdx') ? longParagraphProblems(text, shown) : [])];
    });
}

/** Throws every problem of contentFileProblems at once. */
export function requireSoundContentFiles(dir: string): void {
  const problems = contentFileProblems(dir);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
