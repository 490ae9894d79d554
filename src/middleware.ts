/*
 * The page context, set once for every page and endpoint before it renders, as Starlight's route
 * middleware does: the page's locale (from its `[...lang]` route parameter), its UI strings, the
 * base path and the site's URL, on `Astro.locals` (typed in src/env.d.ts). Components read them
 * there instead of being handed them by every page. In a static build this runs for every
 * prerendered page.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeFromLangParam } from './i18n/paths.ts';
import { useTranslations } from './i18n/ui.ts';

export const onRequest = defineMiddleware((context, next) => {
  // astro.config.mjs always sets `site` (SITE_URL or its placeholder): absolute URLs need it.
  if (context.site === undefined) throw new Error('astro.config.mjs sets no `site`: the pages need it for their absolute URLs.');
  const locale = localeFromLangParam(context.params['lang']);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  context.locals.base = import.meta.env.BASE_URL;
  context.locals.site = context.site;
  return next();
});
