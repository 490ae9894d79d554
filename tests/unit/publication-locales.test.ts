import { describe, expect, test } from 'vitest';
import { defaultLocale, locales, parsePublicationLocales } from '../../src/i18n/publication-locales.ts';

/* The publication's languages come from content/report.yaml's report.locales, checked against the locales the code knows. */
describe('parsePublicationLocales', () => {
  const file = 'content/report.yaml';

  test('the listed locales, in their order: the first is the source language', () => {
    expect(parsePublicationLocales({ report: { locales: ['en', 'zh'] } }, file)).toEqual(['en', 'zh']);
    expect(parsePublicationLocales({ report: { locales: ['zh'] } }, file)).toEqual(['zh']);
  });

  test.each([[{ report: {} }], [{ report: { locales: [] } }], [{ report: { locales: 'zh' } }], [null]])(
    'no list (%j) names the file, the field and the known locales',
    (document) => {
      expect(() => parsePublicationLocales(document, file)).toThrow(
        /^content\/report\.yaml: report\.locales must be a list of the publication's languages, source language first, such as \[zh, en\] \(the locales the code knows are zh, en.*\)\.$/,
      );
    },
  );

  test('an unknown or repeated locale is named with its place in the list', () => {
    expect(() => parsePublicationLocales({ report: { locales: ['zh', 'fr', 'zh', 3] } }, file)).toThrow(
      /^content\/report\.yaml: report\.locales\[1\]: "fr" is not a known locale; report\.locales\[2\]: zh is listed twice; report\.locales\[3\]: 3 is not a known locale \(the locales the code knows are zh, en/,
    );
  });

  test('the real report is published in Chinese, its source language, and English', () => {
    expect(locales).toEqual(['zh', 'en']);
    expect(defaultLocale).toBe('zh');
  });
});
