import { describe, expect, test } from 'vitest';
import { basePathFrom } from '../../src/lib/hosting/base-path.ts';

describe('basePathFrom', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/report/', '/report/'],
    ['/report', '/report'],
    ['/reports/2020/', '/reports/2020/'],
  ])('%j builds under %s', (value, base) => {
    expect(basePathFrom(value)).toBe(base);
  });

  test.each([
    ['report/', 'BASE_PATH "report/" is not valid: it must start with /, such as /report/ (or / for the root of the host).'],
    [
      'https://example.org/report/',
      'BASE_PATH "https://example.org/report/" is not valid: it must start with /, such as /report/ (or / for the root of the host).',
    ],
    [
      '//example.org/report/',
      'BASE_PATH "//example.org/report/" is not valid: it is a path, not an address (the host goes in SITE_URL), such as /report/ (or / for the root of the host).',
    ],
    [
      '/my report/',
      'BASE_PATH "/my report/" is not valid: the part "my report" is not allowed: a sub-path is made of names of letters, digits, - _ . and ~, separated by single slashes, such as /report/ (or / for the root of the host).',
    ],
    [
      '/report/*',
      'BASE_PATH "/report/*" is not valid: the part "*" is not allowed: a sub-path is made of names of letters, digits, - _ . and ~, separated by single slashes, such as /report/ (or / for the root of the host).',
    ],
    [
      '/a/../b/',
      'BASE_PATH "/a/../b/" is not valid: the part ".." is not allowed: a sub-path is made of names of letters, digits, - _ . and ~, separated by single slashes, such as /report/ (or / for the root of the host).',
    ],
  ])('%s is refused, naming the variable and a valid example', (value, message) => {
    expect(() => basePathFrom(value)).toThrow(message);
  });
});
