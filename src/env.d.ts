/** The site's origin as --site-origin, for print.css (src/integrations/site-origin-css.ts). */
declare module 'virtual:site-origin.css' {}

/** Where the preview-image worker, font and cache are (src/integrations/preview-images/integration.ts). */
declare const __PREVIEW_IMAGES__: {
  workerFile: string;
  /** Each locale's font package folders, first choice first. */
  fontDirs: Record<import('./i18n/locales.ts').Locale, string[]>;
  cacheDir: string;
  salt: string;
};

/** Where the chart drawings' fonts and cache are, their PNG colours and cache salt (src/integrations/chart-images/integration.ts). */
declare const __CHART_IMAGES__: {
  /** Every locale's font package folders, in one order (src/i18n/fonts.ts). */
  fontDirs: string[];
  cacheDir: string;
  palette: { bar: string; text: string; grid: string; surface: string; title: string; muted: string };
  salt: string;
};

/** What every page and component knows about the page being built: set by src/middleware.ts. */
declare namespace App {
  interface Locals {
    /**
     * The page's language, from its address (`/en/…`): the language of its chrome and text. A
     * component inside a section's content may be told another (its `locale` prop, set by the
     * remark plugin), as the side-by-side page shows two languages under one address.
     */
    locale: import('./i18n/locales.ts').Locale;
    /** The page's UI strings: `Astro.locals.t('nav.home')`. */
    t: import('./i18n/ui.ts').Translate;
    /** Astro's BASE_URL: the path the site is published under (`/`, `/report/`), for pagePath and filePath. */
    base: string;
    /** The site's origin (SITE_URL, or its placeholder), for absolute URLs. */
    site: URL;
  }
}
