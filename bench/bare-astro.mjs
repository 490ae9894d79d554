// @ts-check
/*
 * The baseline of the build-scale benchmark: the same MDX pages built by a minimal Astro project
 * (one content collection, one route, no components, no checks), so the report's own cost shows
 * as a ratio. The project lives in a temporary folder and uses this repository's node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Our components replaced by plain text of about the same length: a figure becomes a number, a
 * key-figure block a paragraph. The rest of the MDX is left as it is.
 * @param {string} mdx
 */
function withPlainText(mdx) {
  return mdx
    .replace(/<Stat id="[^"]*"\s*\/>/g, '62,000 villages')
    .replace(/<KeyFigures ids=\{\[[^\]]*\]\}\s*\/>/g, 'Key figures: 62,000 villages; more than 50%; 2.12 billion items.')
    .replace(/<Chart id="[^"]*"\s*\/>/g, 'A chart of the figures above.');
}

/**
 * @param {{ dir: string, sectionsDir: string, projectRoot: string }} options
 * `sectionsDir` holds `<locale>/<slug>.mdx`, as in a report's content folder.
 */
export function writeBareAstroProject({ dir, sectionsDir, projectRoot }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-mdx', private: true, type: 'module' }));
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
// Its own cache: node_modules is this repository's (a symlink), whose .astro/ the real builds use.
export default defineConfig({ cacheDir: './.cache', integrations: [mdx()], build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  sections: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './sections' }),
    schema: z.object({ title: z.string(), description: z.string(), order: z.number() }),
  }),
};
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('sections');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang={entry.id.startsWith('zh/') ? 'zh-CN' : 'en'}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  );
  for (const locale of fs.readdirSync(sectionsDir)) {
    fs.mkdirSync(path.join(dir, 'sections', locale), { recursive: true });
    for (const name of fs.readdirSync(path.join(sectionsDir, locale))) {
      const mdx = fs.readFileSync(path.join(sectionsDir, locale, name), 'utf8');
      fs.writeFileSync(path.join(dir, 'sections', locale, name), withPlainText(mdx));
    }
  }
}
