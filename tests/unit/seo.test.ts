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
  const release = { name: '发布稿', inLanguage: 'zh-CN', author: spb, datePublished: '2021-01-04' };

  test('a section is a Report based on the release, linked to its translation; the SPB wrote the release, not the page', () => {
    const data = reportJsonLd({
      url: 'https://example.org/en/talent/',
      name: 'Talent',
      description: 'd',
      inLanguage: 'en',
      basedOn: release,
      translations: [{ url: 'https://example.org/talent/', inLanguage: 'zh-CN' }],
      partOf: { url: 'https://example.org/en/', name: 'Report' },
    });
    expect(data).toMatchObject({
      '@type': 'Report',
      inLanguage: 'en',
      isBasedOn: {
        '@type': 'CreativeWork',
        name: '发布稿',
        inLanguage: 'zh-CN',
        author: { '@type': 'GovernmentOrganization', name: 'State Post Bureau' },
        datePublished: '2021-01-04',
      },
      workTranslation: [{ '@type': 'Report', url: 'https://example.org/talent/', inLanguage: 'zh-CN' }],
      isPartOf: { '@id': 'https://example.org/en/' },
    });
    for (const field of ['author', 'publisher', 'creator', 'datePublished']) expect(data).not.toHaveProperty(field);
  });

  test('a home page has no isPartOf; the release and its author keep their URLs', () => {
    const data = reportJsonLd({
      url: 'https://example.org/en/',
      name: 'Report',
      description: 'd',
      inLanguage: 'en',
      basedOn: { ...release, author: { name: 'State Post Bureau', url: 'https://www.spb.gov.cn/' }, url: 'https://example.org/release' },
      translations: [],
    });
    expect(data).not.toHaveProperty('isPartOf');
    expect(data).toMatchObject({
      isBasedOn: {
        url: 'https://example.org/release',
        author: { '@type': 'GovernmentOrganization', name: 'State Post Bureau', url: 'https://www.spb.gov.cn/' },
      },
    });
  });

  test('without URLs, the release and its author have none', () => {
    const data = reportJsonLd({ url: 'u', name: 'n', description: 'd', inLanguage: 'en', basedOn: release, translations: [] });
    expect(data['isBasedOn']).not.toHaveProperty('url');
    expect(data['isBasedOn']).not.toHaveProperty('author.url');
  });

  test('the data page is a Dataset with its downloads, based on the release', () => {
    const data = datasetJsonLd({
      url: 'u',
      name: 'n',
      description: 'd',
      inLanguage: 'en',
      basedOn: release,
      temporalCoverage: '2020',
      spatialCoverage: 'China',
      downloads: [{ url: 'https://example.org/figures.csv', encodingFormat: 'text/csv' }],
      keywords: ['express delivery'],
      variables: ['Parcel lockers'],
    });
    expect(data['distribution']).toEqual([
      { '@type': 'DataDownload', contentUrl: 'https://example.org/figures.csv', encodingFormat: 'text/csv' },
    ]);
    expect(data).toMatchObject({ isBasedOn: { name: '发布稿', author: { name: 'State Post Bureau' } } });
    expect(data).not.toHaveProperty('creator');
  });

  test('serialised JSON cannot close its script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
