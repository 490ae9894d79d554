/*
 * The JSON-LD of each kind of page, from the report's content: home and sections are schema.org
 * Reports based on the source's release (its publisher, for example the State Post Bureau, is the
 * release's author, not the pages'); the data page is a Dataset whose distributions are the whole-dataset downloads; a
 * figure's page is a Dataset of one variable, based on the release its figure comes from; the
 * glossary is a DefinedTermSet.
 */
import { localeInfo, type Locale } from '../i18n/locales.ts';
import { defaultLocale, locales } from '../i18n/publication-locales.ts';
import { figureSlug, filePath, pagePath } from '../i18n/paths.ts';
import { useTranslations } from '../i18n/ui.ts';
import { contentFile } from '../errors/content-dir.ts';
import { unitName } from '../lib/format/unit-name.ts';
import { definedTermSetJsonLd } from '../lib/seo/defined-term-set.ts';
import { datasetJsonLd, figureJsonLd, reportJsonLd, type BasedOn } from '../lib/seo/json-ld.ts';
import { termAnchor } from '../lib/glossary/glossary-entries.ts';
import { getGlossaryEntries } from './glossary.ts';
import { figureTemporalCoverage, temporalCoverage } from '../lib/seo/temporal-coverage.ts';
import { figureCsvName, figureJsonName } from './dataset.ts';
import { getFigure, getFiguresById, getReport, getSectionPairs, getSource } from './publication.ts';

interface PageContext {
  locale: Locale;
  site: URL;
  base: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const pageUrl = (locale: Locale, slug: string, { site, base }: PageContext) => new URL(pagePath(locale, slug, base), site).href;

/**
 * The release a page is based on, under its own title in its own language (the English title in
 * sources.yaml is this site's translation), its author named in the page's language.
 */
async function releaseBasedOn(sourceId: string, usedBy: string, locale: Locale): Promise<BasedOn> {
  const source = await getSource(sourceId, usedBy);
  return {
    name: source.title[defaultLocale],
    inLanguage: localeInfo[defaultLocale].tag,
    author: { name: source.publisher[locale] },
    datePublished: isoDate(source.date),
    // Only the release's own address: the republisher's site is where the text was read, not the work.
    url: source.url,
  };
}

/** A Report for the home page (slug '') or a section, linked to its translations and, for a section, to the whole report. */
export async function reportPageJsonLd(page: PageContext & { slug: string; name: string; description: string }) {
  const report = await getReport();
  const { locale, slug } = page;
  return reportJsonLd({
    url: pageUrl(locale, slug, page),
    name: page.name,
    description: page.description,
    inLanguage: localeInfo[locale].tag,
    basedOn: await releaseBasedOn(report.source, contentFile('report.yaml'), locale),
    translations: locales
      .filter((other) => other !== locale)
      .map((other) => ({ url: pageUrl(other, slug, page), inLanguage: localeInfo[other].tag })),
    partOf: slug === '' ? undefined : { url: pageUrl(locale, '', page), name: report.title[locale] },
  });
}

/** The data page: every figure of the report, downloadable as CSV and JSON. */
export async function datasetPageJsonLd(page: PageContext) {
  const { locale, site, base } = page;
  const t = useTranslations(locale);
  const report = await getReport();
  const figures = [...(await getFiguresById()).values()];
  const sections = await getSectionPairs();
  const download = (name: string, encodingFormat: string) => ({ url: new URL(filePath(name, base), site).href, encodingFormat });
  return datasetJsonLd({
    url: pageUrl(locale, 'data', page),
    name: `${t('data.title')} | ${report.title[locale]}`,
    description: `${t('data.description')} ${t('data.downloadsIntro')}`,
    inLanguage: localeInfo[locale].tag,
    basedOn: await releaseBasedOn(report.source, contentFile('report.yaml'), locale),
    temporalCoverage: temporalCoverage(figures.map((figure) => figure.period)),
    spatialCoverage: report.spatialCoverage[locale],
    downloads: [download('figures.csv', 'text/csv'), download('figures.json', 'application/json')],
    keywords: sections.map((section) => section.byLocale[locale].data.title),
    variables: figures.map((figure) => figure.label[locale]),
  });
}

/** A figure's own page: a Dataset of one variable, part of the data page's Dataset. */
export async function figurePageJsonLd(page: PageContext & { figureId: string; name: string; description: string }) {
  const { locale, site, base, figureId } = page;
  const t = useTranslations(locale);
  const report = await getReport();
  const figure = await getFigure(figureId, 'A figure page');
  const slug = figureSlug(figureId);
  const download = (name: string, encodingFormat: string) => ({ url: new URL(filePath(name, base), site).href, encodingFormat });
  return figureJsonLd({
    url: pageUrl(locale, slug, page),
    name: page.name,
    description: page.description,
    inLanguage: localeInfo[locale].tag,
    basedOn: await releaseBasedOn(figure.source, `Figure "${figureId}"`, locale),
    temporalCoverage: figureTemporalCoverage(figure.period),
    variable: { name: figure.label[locale], value: figure.value, unitText: unitName(figure.unit, locale), qualifier: figure.qualifier },
    partOf: { url: pageUrl(locale, 'data', page), name: `${t('data.title')} | ${report.title[locale]}` },
    translations: locales
      .filter((other) => other !== locale)
      .map((other) => ({ url: pageUrl(other, slug, page), inLanguage: localeInfo[other].tag })),
    downloads: [download(figureCsvName(figureId), 'text/csv'), download(figureJsonName(figureId), 'application/json')],
  });
}

/** The glossary page: every term, named in the page's language, with the other language's term. */
export async function glossaryPageJsonLd(page: PageContext) {
  const { locale } = page;
  const t = useTranslations(locale);
  const report = await getReport();
  const entries = await getGlossaryEntries();
  // The glossary's own terms, in each language: the Chinese term, the English rendering.
  const nameIn = (term: (typeof entries)[number]['term'], language: Locale) => term[language];
  return definedTermSetJsonLd({
    url: pageUrl(locale, 'glossary', page),
    name: `${t('glossary.title')} | ${report.title[locale]}`,
    description: t('glossary.description'),
    inLanguage: localeInfo[locale].tag,
    partOf: { url: pageUrl(locale, '', page), name: report.title[locale] },
    translations: locales
      .filter((other) => other !== locale)
      .map((other) => ({ url: pageUrl(other, 'glossary', page), inLanguage: localeInfo[other].tag })),
    terms: entries.map(({ term }) => ({
      code: term.id,
      anchor: termAnchor(term.id),
      name: nameIn(term, locale),
      alternateNames: locales.filter((other) => other !== locale).map((other) => nameIn(term, other)),
      description: term.note?.[locale],
    })),
  });
}
