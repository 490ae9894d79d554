import { describe, expect, test } from 'vitest';
import { siteUrlFrom } from '../../src/lib/hosting/site-url.ts';

const warning =
  'SITE_URL is not set: canonical links, hreflang, Open Graph, JSON-LD, the sitemap and robots.txt point to the placeholder https://postal-report.example.org. Set SITE_URL to the site\'s address for production (README.md, "Configuration").';

describe('siteUrlFrom', () => {
  test.each([
    ['https://report.example.gov', 'https://report.example.gov'],
    ['https://report.example.gov/', 'https://report.example.gov'],
    ['http://localhost:4321', 'http://localhost:4321'],
  ])('%s is used as it is', (value, site) => {
    expect(siteUrlFrom(value)).toEqual({ site });
  });

  test.each([[undefined], [''], ['  ']])('unset (%j): the placeholder, with a warning', (value) => {
    expect(siteUrlFrom(value)).toEqual({ site: 'https://postal-report.example.org', warning });
  });

  test.each([
    [
      'notaurl',
      'SITE_URL "notaurl" is not valid: expected the absolute address of the site, with http:// or https://, such as https://postal-report.example.org.',
    ],
    [
      'report.example.gov',
      'SITE_URL "report.example.gov" is not valid: expected the absolute address of the site, with http:// or https://, such as https://postal-report.example.org.',
    ],
    [
      'ftp://report.example.gov',
      'SITE_URL "ftp://report.example.gov" is not valid: expected the absolute address of the site, with http:// or https://, such as https://postal-report.example.org.',
    ],
    [
      'https://example.gov/report/',
      'SITE_URL "https://example.gov/report/" is not valid: expected the address of the host alone, such as https://postal-report.example.org; a sub-path such as /report/ goes in BASE_PATH.',
    ],
  ])('%s is refused', (value, message) => {
    expect(() => siteUrlFrom(value)).toThrow(message);
  });

  test.each([
    ['https://admin:hunter2@example.org', 'SITE_URL "https://***@example.org" is not valid: it holds a user name or password'],
    ['https://admin:hun/ter2@example.org/', 'SITE_URL "https://***@example.org/" is not valid: expected the absolute address'],
    ['admin:hunter2@example.org', 'SITE_URL "***@example.org" is not valid'],
    ['https://example.org/?token=hunter2', 'SITE_URL "https://example.org/?***" is not valid: expected the address of the host alone'],
    ['https://example.org/#hunter2', 'SITE_URL "https://example.org/#***" is not valid'],
  ])('credentials in %s are refused and never shown', (value, message) => {
    expect(() => siteUrlFrom(value)).toThrow(message);
    expect(() => siteUrlFrom(value)).not.toThrow(/hunter2|admin/);
  });
});
