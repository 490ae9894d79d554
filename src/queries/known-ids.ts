/*
 * The ids a section may name, from the data, the charts and the glossary: what every page that
 * renders a section (its own page, the whole report, the side-by-side page) checks it against.
 */
import type { KnownSectionIds } from '../lib/content/check-section.ts';
import { getChartSections } from './charts.ts';
import { getTermsById, glossaryFile } from './glossary.ts';
import { getFigureIds } from './publication.ts';

export async function getKnownSectionIds(): Promise<KnownSectionIds> {
  return {
    figures: await getFigureIds(),
    charts: await getChartSections(),
    terms: new Set((await getTermsById()).keys()),
    glossaryFile: glossaryFile(),
  };
}
