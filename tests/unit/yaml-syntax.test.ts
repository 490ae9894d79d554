import { describe, expect, test } from 'vitest';
import { yamlSyntaxProblem } from '../../src/lib/content/yaml-syntax.ts';

describe('yamlSyntaxProblem', () => {
  test('valid YAML has no problem', () => {
    expect(yamlSyntaxProblem('a: 1\nb: { zh: 文, en: "it\'s" }\nc: [1, 2]\n', 'content/x.yaml')).toBeUndefined();
  });

  test('an unclosed quote is shown where it opens, not at the end of the file', () => {
    const text = 'title:\n  zh: 标题\n  en: "A title\ncaption: { zh: 图, en: Figure }\nsection: alpha\n';
    expect(yamlSyntaxProblem(text, 'content/charts/x.yaml')).toBe(
      'content/charts/x.yaml:3:7: this is not valid YAML: the quote " that opens here is never closed (end it with the matching mark).\n  3 |   en: "A title\n    |       ^',
    );
  });

  test('an unclosed single quote inside a flow map', () => {
    expect(yamlSyntaxProblem("label: { zh: '标签, en: Label }\nvalue: 1\n", 'content/figures/a.yaml')).toBe(
      "content/figures/a.yaml:1:14: this is not valid YAML: the quote ' that opens here is never closed (end it with the matching mark).\n  1 | label: { zh: '标签, en: Label }\n    |              ^",
    );
  });

  test('an unclosed list', () => {
    expect(yamlSyntaxProblem('keyFigures: [a.one, a.two\nsource: x\n', 'content/report.yaml')).toBe(
      'content/report.yaml:1:13: this is not valid YAML: the [ that opens here is never closed (end it with the matching mark).\n  1 | keyFigures: [a.one, a.two\n    |             ^',
    );
  });

  test('an unclosed map inside a block, followed by the next key', () => {
    expect(yamlSyntaxProblem('a:\n  unit: { zh: 个, en: villages\n  period: 2020\n', 'content/figures/a.yaml')).toBe(
      'content/figures/a.yaml:2:9: this is not valid YAML: the { that opens here is never closed (end it with the matching mark).\n  2 |   unit: { zh: 个, en: villages\n    |         ^',
    );
  });

  test('a missing comma inside a closed map is not called an unclosed map', () => {
    expect(yamlSyntaxProblem('label: { zh: 文\n  en: Text }\n', 'content/figures/a.yaml')).toBe(
      'content/figures/a.yaml:2:5: this is not valid YAML: missed comma between flow collection entries.\n  2 |   en: Text }\n    |     ^',
    );
  });

  test("any other error is shown at the parser's position, with its reason", () => {
    expect(yamlSyntaxProblem('a: 1\na: 2\n', 'content/sources.yaml')).toBe(
      'content/sources.yaml:2:1: this is not valid YAML: duplicated mapping key.\n  2 | a: 2\n    | ^',
    );
  });
});
