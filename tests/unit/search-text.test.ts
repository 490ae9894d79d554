import { expect, test } from 'vitest';
import { separateAdjacentElements } from '../../src/lib/search/search-text.ts';
import { localDate } from '../../src/lib/cite/local-date.ts';

test('the index gets a space where one element ends and the next begins', () => {
  expect(separateAdjacentElements('<a><data>400,000 banks of smart parcel lockers</data></a><span>Smart parcel lockers</span>')).toBe(
    '<a><data>400,000 banks of smart parcel lockers</data></a> <span>Smart parcel lockers</span>',
  );
  expect(separateAdjacentElements('<dt>SPB</dt><dd>Chinese original: <span>国家邮政局</span></dd>')).toBe(
    '<dt>SPB</dt> <dd>Chinese original: <span>国家邮政局</span></dd>',
  );
});

test('text between elements, and elements inside a word, are left as they are', () => {
  const html = '<p>The <span>SPB</span>’s <b>two</b> centres</p><p>Next</p>';
  expect(separateAdjacentElements(html)).toBe('<p>The <span>SPB</span>’s <b>two</b> centres</p> <p>Next</p>');
  expect(separateAdjacentElements('<p>a</p>\n<p>b</p>')).toBe('<p>a</p>\n<p>b</p>');
});

test('the access date is the reader’s calendar day, in their time zone', () => {
  expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  expect(localDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
});
