import type { TestProject } from 'vitest/node';
import { currentReportDist } from './report-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real report in dist/, as `npm run build` wrote it (tests/helpers/report-dist.ts). */
    siteDir: string;
  }
}

/** Vitest global setup of the tiers that read the real report: dist/, reused when current, else built once. */
export default async function setup(project: TestProject) {
  project.provide('siteDir', await currentReportDist((line) => console.log(line)));
}
