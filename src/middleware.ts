/*
 * The page context, set once for every page and endpoint before it renders, as Starlight's route
 * middleware does: the page's locale (from its `[...lang]` route parameter), its UI strings, the
 * base path and the site's URL, on `Astro.locals` (typed in src/env.d.ts). Components read them
 * there instead of being handed them by every page. In a static build this runs for every
 * prerendered page.
 * Before any page renders, the content is checked as a whole, once (src/queries/checked-report.ts,
 * memoised): a new page needs no call of its own, and which error an editor sees does not depend
 * on which page happens to render first.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeFromLangParam } from './i18n/paths.ts';
import { useTranslations } from './i18n/ui.ts';
import { checkedReport } from './queries/checked-report.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  await checkedReport();
  // astro.config.mjs always sets `site` (SITE_URL or its placeholder): absolute URLs need it.
  if (context.site === undefined) throw new Error('astro.config.mjs sets no `site`: the pages need it for their absolute URLs.');
  const locale = localeFromLangParam(context.params['lang']);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  context.locals.base = import.meta.env.BASE_URL;
  context.locals.site = context.site;
  return next();
});
