import type { z } from 'astro/zod';

/*
 * Schema errors in an editor's terms. zod's own messages ("Invalid input: expected string,
 * received number", "Too small: expected array to have >=1 items") speak of types; editors write
 * YAML, MDX front matter and JSON. One error map, modelled on Starlight's utils/error-map.ts, turns
 * every issue our schemas can raise into plain words; a message a schema spells out itself (a
 * unit, a qualifier, a missing translation) still wins, as zod 4 puts a schema's own message first.
 */

type Issue = z.core.$ZodRawIssue;

/** What a schema expected, by zod's name for it. */
const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date such as 2021-01-04',
  array: 'a list',
  object: 'a group of fields',
};

/** What the editor wrote, as the editor would call it. */
function described(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'something that is not a date' : 'a date';
  return 'a group of fields';
}

/** `a`, `a or b`, `a, b or c`. */
function either(options: readonly string[]): string {
  return options.length <= 1 ? (options[0] ?? '') : `${options.slice(0, -1).join(', ')} or ${options.at(-1) ?? ''}`;
}

const plural = (count: number | bigint, one: string, many: string) => `${count} ${Number(count) === 1 ? one : many}`;

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const { minimum, inclusive = true } = issue;
  switch (issue.origin) {
    case 'string':
      return Number(minimum) <= 1 ? 'must not be empty' : `must be at least ${plural(minimum, 'character', 'characters')} long`;
    case 'array':
    case 'set':
      return `needs at least ${plural(minimum, 'item', 'items')}`;
    default:
      return inclusive ? `must be ${minimum} or more` : `must be more than ${minimum}`;
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const { maximum, inclusive = true } = issue;
  switch (issue.origin) {
    case 'string':
      return `must be at most ${plural(maximum, 'character', 'characters')} long`;
    case 'array':
    case 'set':
      return `may hold at most ${plural(maximum, 'item', 'items')}`;
    default:
      return inclusive ? `must be ${maximum} or less` : `must be less than ${maximum}`;
  }
}

/**
 * A value that matches none of a union's forms. When every form fails on the value itself, list
 * what each expected; when one form got further (the right type, a wrong field), its problems are
 * the useful ones.
 */
function invalidUnion(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  const expected: string[] = [];
  for (const attempt of issue.errors) {
    const [only] = attempt;
    if (attempt.length !== 1 || only === undefined || only.path.length > 0) {
      const deeper = attempt.filter((inner) => inner.path.length > 0 || inner.code === 'unrecognized_keys');
      if (deeper.length === attempt.length)
        return deeper.map((inner) => (inner.path.length > 0 ? problemLine(inner) : inner.message)).join('; ');
      continue;
    }
    if (only.code === 'invalid_type') expected.push(expectedNames[only.expected] ?? only.expected);
    else if (only.code === 'invalid_value') expected.push(...only.values.map((value) => JSON.stringify(value)));
  }
  return expected.length > 0
    ? `expected ${either(expected)}, received ${described(issue.input)}`
    : 'does not match any of the allowed forms';
}

export const friendlyErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'missing: this field is required'
        : `expected ${expectedNames[issue.expected] ?? issue.expected}, received ${described(issue.input)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return issue.keys.length === 1
        ? `unknown field ${keys}: check its spelling, or remove it`
        : `unknown fields ${keys}: check their spelling, or remove them`;
    }
    case 'invalid_value':
      return `expected ${either(issue.values.map((value) => JSON.stringify(value)))}, received ${described(issue.input)}`;
    case 'invalid_union':
      return invalidUnion(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      if (issue.format === 'url') return `expected a web address such as https://www.spb.gov.cn/, received ${described(issue.input)}`;
      if (issue.format === 'regex' && 'pattern' in issue)
        return `expected text matching ${String(issue.pattern)}, received ${described(issue.input)}`;
      return `expected text in ${issue.format} format, received ${described(issue.input)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      // Codes our schemas do not raise (invalid_key, invalid_element, custom): zod's own words.
      return undefined;
  }
};

/** One issue as a line of an error message: the field's path (`title.en`) and the problem. */
export function problemLine(issue: { path: readonly PropertyKey[]; message: string }): string {
  return `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)'}: ${issue.message}`;
}
