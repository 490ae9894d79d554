import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { reportFileHolds } from './i18n/publication-locales.ts';
import { checkedLoader, filesIn, requireKebabCaseName, requireValidYaml } from './lib/content/checked-loaders.ts';
import { contentDir, requireFile } from './errors/content-dir.ts';
import { requireSoundContentFiles } from './lib/content/content-files.ts';
import { figuresLoader } from './lib/content/figures-loader.ts';
import { chartSchema } from './schemas/chart.ts';
import { figureSchema } from './schemas/figure.ts';
import { editionSchema } from './schemas/edition.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { reportSchema, sectionSchema, sourceSchema } from './schemas/report.ts';

/*
 * The contract between editors and code. Everything under content/ is validated here; a
 * mistake stops the build with the collection, the entry id, the field and the file. Every loader
 * first checks the folder's files as files (content-files.ts: no links, no control characters, no
 * paragraph too long to parse), whichever loader Astro runs first.
 */
const reportFile = path.join(contentDir, 'report.yaml');
const sourcesFile = path.join(contentDir, 'sources.yaml');
const glossaryFile = path.join(contentDir, 'glossary.yaml');
const editionFile = path.join(contentDir, 'edition.yaml');
const chartsDir = path.join(contentDir, 'charts');
const sectionsDir = path.join(contentDir, 'sections');

/** A YAML file the report cannot do without: missing, it would stop the build only at the end, naming another file. */
function requiredYamlFile(yamlFile: string, holds: string) {
  return checkedLoader(file(yamlFile), () => {
    requireSoundContentFiles(contentDir);
    requireFile(yamlFile, holds);
    requireValidYaml(yamlFile);
  });
}

export const collections = {
  report: defineCollection({
    loader: requiredYamlFile(reportFile, reportFileHolds),
    schema: reportSchema,
  }),
  sources: defineCollection({
    loader: requiredYamlFile(sourcesFile, 'the sources that figures and the report cite'),
    schema: sourceSchema,
  }),
  glossary: defineCollection({
    loader: requiredYamlFile(glossaryFile, 'the terms that sections mark with <Term id="...">, in Chinese and English'),
    schema: glossaryTermSchema,
  }),
  edition: defineCollection({
    loader: requiredYamlFile(
      editionFile,
      'what the About pages say about this edition: its date, editors, licence and where to report an error',
    ),
    schema: editionSchema,
  }),
  figures: defineCollection({
    loader: checkedLoader(figuresLoader(path.join(contentDir, 'figures')), () => requireSoundContentFiles(contentDir)),
    schema: figureSchema,
  }),
  charts: defineCollection({
    loader: checkedLoader(glob({ pattern: '*.yaml', base: chartsDir }), () => {
      requireSoundContentFiles(contentDir);
      for (const chart of filesIn(chartsDir, '.yaml')) {
        requireKebabCaseName(chart);
        requireValidYaml(chart);
      }
    }),
    schema: chartSchema,
  }),
  sections: defineCollection({
    // The id is `<locale>/<slug>` as the files are named: the glob loader's default id would lower-case the folder of zh-Hant.
    loader: checkedLoader(glob({ pattern: '*/*.mdx', base: sectionsDir, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }), () => {
      requireSoundContentFiles(contentDir);
      filesIn(sectionsDir, '.mdx', 1).forEach(requireKebabCaseName);
    }),
    schema: sectionSchema,
  }),
};
