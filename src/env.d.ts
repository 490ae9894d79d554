/** Registers the Chart.js parts the content's chart types need (src/integrations/chart-types-plugin.ts). */
declare module 'virtual:chart-js-registrations' {}

/** The site's origin as --site-origin, for print.css (src/integrations/site-origin-css.ts). */
declare module 'virtual:site-origin.css' {}

/** Where the preview-image worker, font and cache are (src/integrations/preview-images/integration.ts). */
declare const __PREVIEW_IMAGES__: {
  workerFile: string;
  fontDirs: { zh: string; en: string };
  cacheDir: string;
  salt: string;
};
