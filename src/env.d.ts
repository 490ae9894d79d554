/** Registers the Chart.js parts the content's chart types need (src/build/chart-types-plugin.ts). */
declare module 'virtual:chart-js-registrations' {}
