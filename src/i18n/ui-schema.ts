import { z } from 'astro/zod';

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing: every locale needs this string' : 'expected a string') })
  .min(1, 'empty: write the text for this locale');

/**
 * Every UI string the site shows, outside the report's own content. Each locale's dictionary
 * (src/i18n/ui/<locale>.json) is parsed with this strict schema, so a missing, empty or
 * misspelt key stops the build instead of leaving a hole in one language.
 */
export const uiSchema = z
  .object({
    'site.skipToContent': text,
    'site.mainNav': text,
    'site.imageAlt': text,
    'nav.home': text,
    'nav.data': text,
    'nav.search': text,
    'languageSwitch.label': text,
    'section.pagination': text,
    'section.previous': text,
    'section.next': text,
    'home.keyFigures': text,
    /** The last line of a key-figure card: where the card leads (the figure's own page). */
    'keyFigures.hint': text,
    'home.contents': text,
    'home.allData': text,
    'home.conference': text,
    'data.title': text,
    'data.description': text,
    'data.intro': text,
    'data.label': text,
    'data.value': text,
    'data.period': text,
    'data.id': text,
    'data.source': text,
    'data.section': text,
    'data.allSections': text,
    'data.filter': text,
    'data.filterLabel': text,
    /** How many rows the filters leave, for the live count: {shown} and {total}. */
    'data.shown': text,
    'data.tableCaption': text,
    /** Above the table when every figure has the same source (else a column says it). */
    'data.sourceOfAll': text,
    'data.qualifier.over': text,
    'data.qualifier.about': text,
    'data.qualifier.nearly': text,
    'data.qualifier.at-least': text,
    'data.sectionFigures': text,
    'data.downloads': text,
    'data.downloadsIntro': text,
    'data.csvFormat': text,
    'data.jsonFormat': text,
    /** A file's format after its link, in the language's own brackets: （…） / (…). */
    'data.fileFormat': text,
    'chart.number': text,
    'chart.table': text,
    /** The accessible name of a chart's table: 数据表：{title} (a full-width colon in Chinese). */
    'chart.tableLabel': text,
    'chart.source': text,
    'chart.csv': text,
    'data.spatialCoverage': text,
    'figure.description': text,
    'figure.section': text,
    'figure.qualifier': text,
    'figure.unit': text,
    'figure.qualifier.exact': text,
    'figure.qualifier.over': text,
    'figure.qualifier.about': text,
    'figure.qualifier.nearly': text,
    'figure.qualifier.at-least': text,
    'figure.context': text,
    'figure.contextLink': text,
    'figure.chart': text,
    'figure.related': text,
    'figure.sourceTitle': text,
    'figure.csv': text,
    'figure.json': text,
    'search.title': text,
    'search.description': text,
    'search.noScript': text,
    'footer.citation': text,
    'footer.republished': text,
    'footer.about': text,
    'chart.png': text,
    /** Before the page's address, printed at the top of a printout (a full-width colon in Chinese). */
    'print.address': text,
    'full.title': text,
    'full.description': text,
    'full.sectionPage': text,
    'parallel.title': text,
    'parallel.description': text,
    'parallel.link': text,
    'parallel.versions': text,
    'nav.full': text,
    'nav.glossary': text,
    'glossary.title': text,
    'glossary.description': text,
    'glossary.intro': text,
    /** Labels before a glossary entry's parts, with the language's own colon: 英文译名： / Chinese original: . */
    'glossary.original': text,
    'glossary.short': text,
    'glossary.note': text,
    'glossary.usedIn': text,
    'nav.contents': text,
    'nav.onThisPage': text,
    'anchor.heading': text,
    'anchor.chart': text,
    'chart.citedAs': text,
    'cite.report': text,
    'cite.section': text,
    'cite.chart': text,
    'cite.figure': text,
    'cite.style': text,
    'cite.downloads': text,
  })
  .strict();

export type UIStrings = z.infer<typeof uiSchema>;
export type UIKey = keyof UIStrings;
