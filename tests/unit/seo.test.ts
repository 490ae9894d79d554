import { describe, expect, test } from 'vitest';
import { alternates } from '../../src/lib/seo/alternates.ts';
import { datasetJsonLd, reportJsonLd, serializeJsonLd } from '../../src/lib/seo/json-ld.ts';

describe('alternates', () => {
  test.each([
    ['/', 'https://example.org/', 'https://example.org/en/'],
    ['/report/', 'https://example.org/report/', 'https://example.org/report/en/'],
  ])('with base %s, every language and x-default (the Chinese page)', (base, zh, en) => {
    expect(alternates('', 'https://example.org', base)).toEqual([
      { hreflang: 'zh-CN', href: zh },
      { hreflang: 'en', href: en },
      { hreflang: 'x-default', href: zh },
    ]);
    expect(alternates('talent', 'https://example.org', base).map((alt) => alt.href)).toEqual([
      `${zh}talent/`,
      `${en}talent/`,
      `${zh}talent/`,
    ]);
  });
});

describe('JSON-LD', () => {
  const spb = { name: 'State Post Bureau' };

  test('a section is a Report based on the source, linked to its translation', () => {
    const data = reportJsonLd({
      url: 'https://example.org/en/talent/',
      name: 'Talent',
      description: 'd',
      inLanguage: 'en',
      datePublished: '2021-01-04',
      publisher: spb,
      basedOn: { name: 'Release', author: spb, datePublished: '2021-01-04' },
      translations: [{ url: 'https://example.org/talent/', inLanguage: 'zh-CN' }],
      partOf: { url: 'https://example.org/en/', name: 'Report' },
    });
    expect(data).toMatchObject({
      '@type': 'Report',
      inLanguage: 'en',
      author: { '@type': 'GovernmentOrganization', name: 'State Post Bureau' },
      isBasedOn: { '@type': 'CreativeWork', name: 'Release' },
      workTranslation: [{ '@type': 'Report', url: 'https://example.org/talent/', inLanguage: 'zh-CN' }],
      isPartOf: { '@id': 'https://example.org/en/' },
    });
  });

  test('a home page has no isPartOf; organisations and the source keep their URLs', () => {
    const data = reportJsonLd({
      url: 'https://example.org/en/',
      name: 'Report',
      description: 'd',
      inLanguage: 'en',
      datePublished: '2021-01-04',
      publisher: { name: 'State Post Bureau', url: 'https://www.spb.gov.cn/' },
      basedOn: { name: 'Release', author: spb, datePublished: '2021-01-04', url: 'https://example.org/release' },
      translations: [],
    });
    expect(data).not.toHaveProperty('isPartOf');
    expect(data).toMatchObject({
      publisher: { '@type': 'GovernmentOrganization', name: 'State Post Bureau', url: 'https://www.spb.gov.cn/' },
      isBasedOn: { url: 'https://example.org/release', author: { name: 'State Post Bureau' } },
    });
    expect(data['isBasedOn']).not.toHaveProperty('author.url');
  });

  test('the data page is a Dataset with its downloads', () => {
    const data = datasetJsonLd({
      url: 'u',
      name: 'n',
      description: 'd',
      inLanguage: 'en',
      creator: spb,
      temporalCoverage: '2020',
      spatialCoverage: 'China',
      downloads: [{ url: 'https://example.org/figures.csv', encodingFormat: 'text/csv' }],
      keywords: ['express delivery'],
      variables: ['Parcel lockers'],
    });
    expect(data['distribution']).toEqual([
      { '@type': 'DataDownload', contentUrl: 'https://example.org/figures.csv', encodingFormat: 'text/csv' },
    ]);
  });

  test('serialised JSON cannot close its script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
