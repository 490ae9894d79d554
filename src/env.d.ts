/** The site's origin as --site-origin, for print.css (src/integrations/site-origin-css.ts). */
declare module 'virtual:site-origin.css' {}

/** Where the preview-image worker, font and cache are (src/integrations/preview-images/integration.ts). */
declare const __PREVIEW_IMAGES__: {
  workerFile: string;
  fontDirs: { zh: string; en: string };
  cacheDir: string;
  salt: string;
};

/** Where the chart drawings' fonts and cache are, their PNG colours and cache salt (src/integrations/chart-images/integration.ts). */
declare const __CHART_IMAGES__: {
  fontDirs: { zh: string; en: string };
  cacheDir: string;
  palette: { bar: string; text: string; grid: string; surface: string; title: string; muted: string };
  salt: string;
};
