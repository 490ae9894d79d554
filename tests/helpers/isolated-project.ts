import fs from 'node:fs';
import path from 'node:path';

/** What a build reads from the project besides its content; node_modules is linked, not copied. */
const projectFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Makes `root` a project of its own that builds with this repository's code: a copy of its source
 * and configuration, and a link to its node_modules. Astro keeps per-build state in `<root>/.astro/`
 * (the content module list, types), so two builds can run at once only in two roots.
 * With `content`, that folder is copied to `<root>/content`.
 */
export function isolatedProject(root: string, { content }: { content?: string } = {}): string {
  fs.mkdirSync(root, { recursive: true });
  for (const name of projectFiles) {
    fs.rmSync(path.join(root, name), { recursive: true, force: true });
    fs.cpSync(path.resolve(name), path.join(root, name), { recursive: true });
  }
  const modules = path.join(root, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.resolve('node_modules'), modules, 'dir');
  if (content !== undefined) {
    fs.rmSync(path.join(root, 'content'), { recursive: true, force: true });
    fs.cpSync(path.resolve(content), path.join(root, 'content'), { recursive: true });
  }
  return root;
}
