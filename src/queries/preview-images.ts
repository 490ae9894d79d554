/*
 * The preview image of every page: which pages have one, what each shows, and the PNGs, drawn
 * once per build for all pages together (across the cores, unchanged ones from the cache).
 */
import { loadFontFaces } from '../integrations/preview-images/font-files.ts';
import { renderImages } from '../integrations/preview-images/render-pool.ts';
import { type Locale } from '../i18n/locales.ts';
import { locales } from '../i18n/publication-locales.ts';
import { aboutSlug, figureListSlug, figureSlug } from '../i18n/paths.ts';
import { useTranslations } from '../i18n/ui.ts';
import { figureHeading } from '../lib/format/figure-title.ts';
import { formatFigure } from '../lib/format/format-figure.ts';
import type { PreviewCardText } from '../lib/og/preview-card.ts';
import { previewJob } from '../lib/og/preview-job.ts';
import { getFiguresById, getReport, getSectionPairs } from './publication.ts';

export interface PreviewPage {
  locale: Locale;
  /** The page's slug, shared by all languages ('' for the home page). */
  slug: string;
  card: PreviewCardText;
}

let pages: Promise<PreviewPage[]> | undefined;

/** Every page with a preview image of its own, and what its image shows. */
export function getPreviewPages(): Promise<PreviewPage[]> {
  pages ??= (async () => {
    const report = await getReport();
    const pairs = await getSectionPairs();
    const figures = await getFiguresById();
    return locales.flatMap((locale) => {
      const t = useTranslations(locale);
      const site = report.title[locale];
      const page = (slug: string, card: Omit<PreviewCardText, 'site'>): PreviewPage => ({ locale, slug, card: { site, ...card } });
      const sectionTitle = (slug: string) => pairs.find((pair) => pair.slug === slug)?.byLocale[locale].data.title;
      return [
        { locale, slug: '', card: { site: report.publisher[locale], title: report.title[locale], kicker: report.subtitle[locale] } },
        ...pairs.map((pair) => page(pair.slug, { title: pair.byLocale[locale].data.title })),
        page('full', { title: t('full.title') }),
        page('data', { title: t('data.title') }),
        page('glossary', { title: t('glossary.title') }),
        page(figureListSlug, { title: t('figures.title') }),
        page(aboutSlug, { title: t('about.title') }),
        page('search', { title: t('search.title') }),
        ...[...figures].map(([id, figure]) =>
          page(figureSlug(id), {
            kicker: sectionTitle(figure.section),
            title: figureHeading(figure, locale),
            value: formatFigure(figure, locale),
          }),
        ),
      ];
    });
  })();
  return pages;
}

let images: Promise<Map<string, Buffer>> | undefined;
const key = (locale: Locale, slug: string) => `${locale}:${slug}`;

/** Draws every page's image on first call; each later call waits for the same batch. */
function getImages(): Promise<Map<string, Buffer>> {
  images ??= (async () => {
    const settings = __PREVIEW_IMAGES__;
    const faces = loadFontFaces(settings.fontDirs);
    const all = await getPreviewPages();
    const jobs = all.map(({ locale, slug, card }) => previewJob(card, faces[locale], `${locale}:/${slug}`));
    const { images: rendered, stats } = await renderImages(jobs, settings);
    const perImage = stats.rendered === 0 ? 0 : stats.milliseconds / stats.rendered;
    console.info(
      `preview images: ${stats.rendered} drawn, ${stats.cached} from the cache, ${Math.round(stats.milliseconds)} ms` +
        (stats.rendered > 0 ? ` (${perImage.toFixed(0)} ms per drawn image)` : ''),
    );
    return new Map(all.map((page, index) => [key(page.locale, page.slug), rendered[index] ?? Buffer.alloc(0)]));
  })();
  return images;
}

export async function getPreviewImage(locale: Locale, slug: string): Promise<Buffer> {
  const image = (await getImages()).get(key(locale, slug));
  if (image === undefined) throw new Error(`No preview image for ${locale}:/${slug}`);
  return image;
}
