// @ts-check
/*
 * The layers of src/, lowest first. A module imports from its own layer and the layers below it,
 * never from a layer above: the error words and the locale table know nothing of the content
 * model, the schemas nothing of the logic that reads them, pure logic nothing of Astro's
 * collections, and so on up to the pages, which may use everything. ESLint's no-restricted-imports
 * enforces it (eslint.config.js); tests/unit/layers.test.ts checks that the rule catches an upward
 * import and that every folder of src/ has its place here.
 */

/** Each layer: the folders (or top-level files) of src/ in it, and what it is for. */
export const layers = [
  {
    names: ['errors'],
    holds: 'error words shared by every layer: schema errors in an editor’s terms, content files named as editors see them',
  },
  { names: ['i18n'], holds: 'locales, UI strings, URL helpers' },
  { names: ['schemas'], holds: 'the content’s zod schemas and id rules' },
  { names: ['lib'], holds: 'pure logic, unit-tested' },
  { names: ['scripts', 'styles'], holds: 'what the browser loads' },
  { names: ['integrations'], holds: 'build steps: remark plugins, chart and preview images, hosting files' },
  { names: ['queries'], holds: 'the checked content, read once per build from Astro’s collections' },
  { names: ['components'], holds: 'page parts' },
  { names: ['layouts'], holds: 'page shells' },
  { names: ['pages', 'content.config.ts', 'middleware.ts', 'env.d.ts', 'jsx-lint.d.ts'], holds: 'routes and Astro’s entry points' },
];

/** Astro's content collections are read in src/queries/; pages may render an entry they got from there. */
const collectionsReadFrom = layers.findIndex((layer) => layer.names.includes('queries'));
const collectionsRenderedIn = layers.findIndex((layer) => layer.names.includes('pages'));

/** Folders of src/ nest at most this deep below their layer's folder (src/pages/[...lang]/figures/[figure].astro is 3). */
const maxDepth = 5;

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One ESLint config object per layer and folder depth: a file at depth d below src/ reaches another
 * folder of src/ through exactly d `../`, so the pattern names the folders of the higher layers at
 * that depth and nothing else (a sibling such as src/lib/charts/ from src/lib/content/ is never caught).
 * @returns {import('eslint').Linter.Config[]}
 */
export function layerRules() {
  return layers.flatMap((layer, index) => {
    const higher = layers.slice(index + 1).flatMap((above) => above.names);
    if (higher.length === 0) return [];
    return layer.names.flatMap((name) =>
      Array.from({ length: maxDepth }, (_, level) => {
        const up = '\\.\\./'.repeat(level + 1);
        const inFolder = `src/${name}/${'*/'.repeat(level)}`;
        /** @type {{ regex: string, message: string }[]} */
        const patterns = [
          {
            regex: `^${up}(${higher.map(escape).join('|')})(/|$)`,
            message: `src/${name}/ may not import from a higher layer of src/ (eslint-layers.js lists them, lowest first): move the shared code down a layer, or pass the value in.`,
          },
        ];
        if (index < collectionsReadFrom || (index > collectionsReadFrom && index < collectionsRenderedIn)) {
          patterns.push({
            regex: '^astro:content$',
            message: 'The content collections are read in src/queries/ (checked once, in checked-report.ts): take the data from a query.',
          });
        }
        return {
          files: [`${inFolder}*.ts`, `${inFolder}*.mjs`, `${inFolder}*.astro`],
          rules: { 'no-restricted-imports': ['error', { patterns }] },
        };
      }),
    );
  });
}
