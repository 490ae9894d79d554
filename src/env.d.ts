/** Registers the Chart.js parts the content's chart types need (src/build/chart-types-plugin.ts). */
declare module 'virtual:chart-js-registrations' {}

/** Where the preview-image worker, font and cache are (src/build/preview-images/integration.ts). */
declare const __PREVIEW_IMAGES__: {
  workerFile: string;
  fontDirs: { zh: string; en: string };
  cacheDir: string;
  salt: string;
};
