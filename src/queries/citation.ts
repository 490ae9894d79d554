/*
 * The work a page cites: the State Post Bureau's review under its original (Chinese) title, dated
 * as the conference it was presented at, at this edition's address in the page's language.
 */
import { defaultLocale, localeInfo, type Locale } from '../i18n/locales.ts';
import { pagePath } from '../i18n/paths.ts';
import type { CitedWork } from '../lib/cite/cited-work.ts';
import { groupAuthorName } from '../lib/cite/group-author-name.ts';
import { getReport } from './publication.ts';

interface CitedPage {
  locale: Locale;
  /** The page's slug ('' for the home page). */
  slug: string;
  /** The anchor of a part of the page (a chart), without '#'. */
  anchor?: string | undefined;
  /** The section's or the chart's title; absent for the whole report. */
  part?: string | undefined;
  site: URL;
  base: string;
}

export async function citedWork({ locale, slug, anchor, part, site, base }: CitedPage): Promise<CitedWork> {
  const report = await getReport();
  const url = new URL(pagePath(locale, slug, base), site);
  if (anchor !== undefined) url.hash = anchor;
  return {
    author: groupAuthorName(report.publisher[locale]),
    title: report.title[defaultLocale],
    titleLang: localeInfo[defaultLocale].tag,
    translatedTitle: locale === defaultLocale ? undefined : report.title[locale],
    part,
    date: report.conference.date.toISOString().slice(0, 10),
    url: url.href,
  };
}
