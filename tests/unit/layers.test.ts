import fs from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { layerRules, layers } from '../../eslint-layers.js';

/*
 * The layering rule of eslint.config.js, run alone on one import at a time: it must catch an import
 * from a higher layer at every depth, and leave imports from the same or a lower layer alone.
 */
// Every file is linted, including those of the top layer, which no rule restricts.
const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [{ files: ['src/**/*.ts'] }, ...layerRules()] });

/** The messages ESLint gives `file` (a path in src/) for one import line. */
async function problems(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, { filePath: file });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('the layers of src/', () => {
  test.each([
    // The two imports that ran up before schema-errors moved to src/errors/.
    ['src/schemas/with-friendly-errors.ts', '../lib/content/schema-errors.ts'],
    ['src/i18n/ui.ts', '../lib/content/schema-errors.ts'],
    ['src/schemas/figure.ts', '../lib/format/format-figure.ts'],
    ['src/errors/schema-errors.ts', '../i18n/locales.ts'],
    ['src/lib/content/pair-sections.ts', '../../queries/publication.ts'],
    ['src/lib/content/deeper/module.ts', '../../../components/Stat.astro'],
    ['src/integrations/remark/figure-refs.ts', '../../queries/checked-report.ts'],
    ['src/queries/charts.ts', '../pages/[...lang]/[section].astro'],
    ['src/queries/charts.ts', '../content.config.ts'],
    ['src/components/Stat.ts', '../layouts/BaseLayout.astro'],
  ])('%s may not import %s', async (file, from) => {
    expect(await problems(file, from)).toEqual([expect.stringContaining('may not import from a higher layer of src/')]);
  });

  test.each([
    ['src/i18n/ui.ts', '../errors/schema-errors.ts'],
    ['src/schemas/figure.ts', './id-rules.ts'],
    ['src/lib/content/check-figure-refs.ts', '../../schemas/id-rules.ts'],
    // A sibling folder of the same layer, whatever its name.
    ['src/lib/content/validate-figure.ts', '../format/format-figure.ts'],
    ['src/queries/preview-images.ts', '../integrations/preview-images/render-pool.ts'],
    ['src/pages/[...lang]/figures/figure.ts', '../../../queries/checked-report.ts'],
    ['src/pages/[...lang]/figures/figure.ts', '../../../components/Chart.astro'],
  ])('%s may import %s', async (file, from) => {
    expect(await problems(file, from)).toEqual([]);
  });

  test('the content collections are read in src/queries/, not in pure logic or components', async () => {
    expect(await problems('src/lib/content/check-section.ts', 'astro:content')).toEqual([expect.stringContaining('src/queries/')]);
    expect(await problems('src/components/Stat.ts', 'astro:content')).toEqual([expect.stringContaining('src/queries/')]);
    expect(await problems('src/queries/checked-report.ts', 'astro:content')).toEqual([]);
    expect(await problems('src/pages/section.ts', 'astro:content')).toEqual([]);
  });

  test('every folder and file of src/ has its layer', () => {
    const placed = new Set(layers.flatMap((layer) => layer.names));
    expect(fs.readdirSync('src').filter((name) => !placed.has(name))).toEqual([]);
  });
});
