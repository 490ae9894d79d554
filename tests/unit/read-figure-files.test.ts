import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { displayPath } from '../../src/errors/content-dir.ts';
import { readFigureFiles } from '../../src/lib/content/read-figure-files.ts';

let dir: string;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readFigureFiles', () => {
  test('section from the file name, source from the file default unless the figure has its own', () => {
    write('talent.yaml', 'source: conf\nfigures:\n  - id: talent.a\n    value: 1\n  - id: talent.b\n    value: 2\n    source: other\n');
    const records = readFigureFiles(dir);
    expect(records.map((record) => [record.id, record.data['section'], record.data['source']])).toEqual([
      ['talent.a', 'talent', 'conf'],
      ['talent.b', 'talent', 'other'],
    ]);
    expect(records[0]?.filePath).toBe(displayPath(path.join(dir, 'talent.yaml')));
  });

  test('a duplicate id names both files', () => {
    write('a.yaml', 'figures:\n  - id: x.same\n');
    write('b.yaml', 'figures:\n  - id: x.same\n');
    expect(() => readFigureFiles(dir)).toThrow(
      `Figure id "x.same" is defined twice: in ${displayPath(path.join(dir, 'a.yaml'))} and in ${displayPath(path.join(dir, 'b.yaml'))}. Each figure needs an id of its own.`,
    );
  });

  test('a file without a figures list', () => {
    write('a.yaml', '- id: x\n');
    expect(() => readFigureFiles(dir)).toThrow(
      `${displayPath(path.join(dir, 'a.yaml'))}: expected a list of figures under a top-level "figures:" key.`,
    );
  });

  test('a figure without an id', () => {
    write('talent.yaml', 'figures:\n  - value: 3\n');
    expect(() => readFigureFiles(dir)).toThrow('figure number 1 has no "id" (expected a text such as talent.parcel-lockers).');
  });

  test('a section field that contradicts the file name', () => {
    write('talent.yaml', 'figures:\n  - id: talent.a\n    section: couriers\n');
    expect(() => readFigureFiles(dir)).toThrow(
      'figure "talent.a" says section "couriers", but a figure\'s section is its file\'s name ("talent").',
    );
  });

  test('broken YAML names the file', () => {
    write('talent.yaml', 'figures:\n  - id: [unclosed\n');
    expect(() => readFigureFiles(dir)).toThrow(
      `${displayPath(path.join(dir, 'talent.yaml'))}:2:9: this is not valid YAML: the [ that opens here is never closed (end it with the matching mark).\n  2 |   - id: [unclosed\n    |         ^`,
    );
  });

  test('a file name that is not lower-case kebab-case', () => {
    write('Talent Pool.yaml', 'figures: []\n');
    expect(() => readFigureFiles(dir)).toThrow(
      `${displayPath(path.join(dir, 'Talent Pool.yaml'))}: the name "Talent Pool" is not allowed: file names of sections, figures and charts are lower-case ASCII kebab-case: letters a-z, digits and single hyphens, such as two-ins-one-out. Rename the file (in every language, for a section).`,
    );
  });

  test('a missing folder has no figures', () => {
    expect(readFigureFiles(path.join(dir, 'absent'))).toEqual([]);
  });
});
