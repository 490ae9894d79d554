/*
 * The work a page cites: the source's release under its own title and date
 * (content/sources.yaml), read at this edition's address in the page's language. The edition's
 * title is the site's: on an English page it names the translation, never the cited work.
 */
import { localeInfo, type Locale } from '../i18n/locales.ts';
import { defaultLocale, isSourceLocale } from '../i18n/publication-locales.ts';
import { pagePath } from '../i18n/paths.ts';
import type { CitedWork } from '../lib/cite/cited-work.ts';
import { groupAuthorName } from '../lib/cite/group-author-name.ts';
import { contentFile } from '../errors/content-dir.ts';
import { getReport, getSource } from './publication.ts';

interface CitedPage {
  locale: Locale;
  /** The page's slug ('' for the home page). */
  slug: string;
  /** The anchor of a part of the page (a chart), without '#'. */
  anchor?: string | undefined;
  /** The id in content/sources.yaml of the source cited: a figure's own; the report's when absent. */
  source?: string | undefined;
  site: URL;
  base: string;
}

export async function citedWork({ locale, slug, anchor, source: sourceId, site, base }: CitedPage): Promise<CitedWork> {
  const report = await getReport();
  const source = await getSource(
    sourceId ?? report.source,
    sourceId === undefined ? contentFile('report.yaml') : `The citation on /${slug}/`,
  );
  const url = new URL(pagePath(locale, slug, base), site);
  if (anchor !== undefined) url.hash = anchor;
  const translation = !isSourceLocale(locale);
  return {
    author: groupAuthorName(source.publisher[locale]),
    title: source.title[defaultLocale],
    titleLang: localeInfo[defaultLocale].tag,
    translatedTitle: translation ? source.title[locale] : undefined,
    date: source.date.toISOString().slice(0, 10),
    url: url.href,
    language: localeInfo[locale].tag,
    translatedIn: translation ? report.title[locale] : undefined,
  };
}
