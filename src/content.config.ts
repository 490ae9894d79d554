import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content/content-dir.ts';
import { figuresLoader } from './lib/content/figures-loader.ts';
import { chartSchema } from './schemas/chart.ts';
import { figureSchema } from './schemas/figure.ts';
import { reportSchema, sectionSchema, sourceSchema } from './schemas/report.ts';

/*
 * The contract between editors and code. Everything under content/ is validated here; a
 * mistake stops the build with the collection, the entry id, the field and the file.
 */
export const collections = {
  report: defineCollection({ loader: file(path.join(contentDir, 'report.yaml')), schema: reportSchema }),
  sources: defineCollection({ loader: file(path.join(contentDir, 'sources.yaml')), schema: sourceSchema }),
  figures: defineCollection({ loader: figuresLoader(path.join(contentDir, 'figures')), schema: figureSchema }),
  charts: defineCollection({ loader: glob({ pattern: '*.yaml', base: path.join(contentDir, 'charts') }), schema: chartSchema }),
  sections: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: path.join(contentDir, 'sections') }),
    schema: sectionSchema,
  }),
};
