/** Registers the Chart.js parts the content's chart types need (src/integrations/chart-types-plugin.ts). */
declare module 'virtual:chart-js-registrations' {}
