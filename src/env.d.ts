/** Registers the Chart.js parts the content's chart types need (src/integrations/chart-types-plugin.ts). */
declare module 'virtual:chart-js-registrations' {}

/** Where the preview-image worker, font and cache are (src/integrations/preview-images/integration.ts). */
declare const __PREVIEW_IMAGES__: {
  workerFile: string;
  fontDirs: { zh: string; en: string };
  cacheDir: string;
  salt: string;
};
