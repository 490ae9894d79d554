/* Each page's preview image (Open Graph, 1200×630 PNG): /og/<locale>/<slug>.png, see src/queries/preview-images.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPreviewImage, getPreviewPages } from '../../queries/preview-images.ts';
import type { Locale } from '../../i18n/locales.ts';
import { previewImageName } from '../../i18n/paths.ts';

export const getStaticPaths = (async () =>
  (await getPreviewPages()).map(({ locale, slug }) => ({
    params: {
      image: previewImageName(locale, slug)
        .replace(/^og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { locale, slug },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; slug: string }> = async ({ props }) =>
  new Response(new Uint8Array(await getPreviewImage(props.locale, props.slug)), { headers: { 'Content-Type': 'image/png' } });
