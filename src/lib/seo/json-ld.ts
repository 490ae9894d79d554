/*
 * schema.org structured data. A section or home page is a Report, the data page a Dataset with its
 * downloads, a figure's page a Dataset of one variable. Each is this site's page and isBasedOn the
 * source's release: its publisher (for example the State Post Bureau) wrote the release, not the
 * pages, so it is the release's author and never the pages' author, publisher or creator.
 */
export interface Organization {
  name: string;
  url?: string | undefined;
}

/** The source's release a page is based on: its own title, in its own language. */
export interface BasedOn {
  name: string;
  inLanguage: string;
  author: Organization;
  datePublished: string;
  url?: string | undefined;
}

export interface ReportPage {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  /** The source document the page is based on. */
  basedOn: BasedOn;
  /** The same page in the other languages. */
  translations: { url: string; inLanguage: string }[];
  /** The whole report this page belongs to, when the page is one section of it. */
  partOf?: { url: string; name: string } | undefined;
}

const organization = (org: Organization) => ({ '@type': 'GovernmentOrganization', name: org.name, ...(org.url ? { url: org.url } : {}) });

/** The release as a CreativeWork, with its author. */
export function basedOnNode(basedOn: BasedOn) {
  return {
    '@type': 'CreativeWork',
    name: basedOn.name,
    inLanguage: basedOn.inLanguage,
    author: organization(basedOn.author),
    datePublished: basedOn.datePublished,
    ...(basedOn.url ? { url: basedOn.url } : {}),
  };
}

/** What every page's node starts with: its type, id and address, name, description and language. */
export function pageNode(type: string, page: { url: string; name: string; description: string; inLanguage: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage,
  };
}

/** The same page in the other languages, each a node of the page's own type. */
export function translationNodes(type: string, translations: readonly { url: string; inLanguage: string }[]) {
  return translations.map((translation) => ({
    '@type': type,
    '@id': translation.url,
    url: translation.url,
    inLanguage: translation.inLanguage,
  }));
}

const downloadNodes = (downloads: readonly { url: string; encodingFormat: string }[]) =>
  downloads.map((download) => ({ '@type': 'DataDownload', contentUrl: download.url, encodingFormat: download.encodingFormat }));

export function reportJsonLd(page: ReportPage): Record<string, unknown> {
  return {
    ...pageNode('Report', page),
    isBasedOn: basedOnNode(page.basedOn),
    workTranslation: translationNodes('Report', page.translations),
    ...(page.partOf ? { isPartOf: { '@type': 'Report', '@id': page.partOf.url, name: page.partOf.name } } : {}),
  };
}

export interface DatasetPage {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  basedOn: BasedOn;
  temporalCoverage: string;
  spatialCoverage: string;
  license?: string | undefined;
  downloads: { url: string; encodingFormat: string }[];
  keywords: string[];
  /** Names of the variables (the figures' labels). */
  variables: string[];
}

export function datasetJsonLd(page: DatasetPage): Record<string, unknown> {
  return {
    ...pageNode('Dataset', page),
    isBasedOn: basedOnNode(page.basedOn),
    temporalCoverage: page.temporalCoverage,
    spatialCoverage: { '@type': 'Place', name: page.spatialCoverage },
    keywords: page.keywords,
    variableMeasured: page.variables,
    isAccessibleForFree: true,
    distribution: downloadNodes(page.downloads),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface FigurePage {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  /** The release the figure comes from. */
  basedOn: BasedOn;
  /** Undefined for a threshold, which covers no time. */
  temporalCoverage: string | undefined;
  /** The figure as a measured variable. */
  variable: { name: string; value: number; unitText: string; qualifier: string };
  /** The report's whole dataset (the data page in the same language). */
  partOf: { url: string; name: string };
  translations: { url: string; inLanguage: string }[];
  downloads: { url: string; encodingFormat: string }[];
}

/**
 * Bounds a qualifier puts on a value: "more than" and "at least" give the lower bound
 * (minValue), "nearly" the upper bound (maxValue); "about" and a value without a qualifier give neither.
 */
export function valueBounds(value: number, qualifier: string): { minValue?: number; maxValue?: number } {
  if (qualifier === 'over' || qualifier === 'at-least') return { minValue: value };
  if (qualifier === 'nearly') return { maxValue: value };
  return {};
}

/** One figure's page: a Dataset of one variable, part of the report's dataset, linked to its translations. */
export function figureJsonLd(page: FigurePage): Record<string, unknown> {
  const { variable } = page;
  return {
    ...pageNode('Dataset', page),
    isBasedOn: basedOnNode(page.basedOn),
    ...(page.temporalCoverage === undefined ? {} : { temporalCoverage: page.temporalCoverage }),
    isAccessibleForFree: true,
    variableMeasured: {
      '@type': 'PropertyValue',
      name: variable.name,
      value: variable.value,
      unitText: variable.unitText,
      ...valueBounds(variable.value, variable.qualifier),
    },
    isPartOf: { '@type': 'Dataset', '@id': page.partOf.url, url: page.partOf.url, name: page.partOf.name },
    workTranslation: translationNodes('Dataset', page.translations),
    distribution: downloadNodes(page.downloads),
  };
}
