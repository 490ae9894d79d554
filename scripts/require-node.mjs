// @ts-check
/*
 * Runs before `npm run build`, `npm test` and `npm run dev` (their "pre" scripts), on whatever Node
 * npm finds first on PATH. The project runs on the Node of its `node` devDependency, which `npm ci`
 * installs into node_modules/.bin, first on PATH in every npm script, so that a machine whose own
 * Node is older needs no other step. When that Node is missing (an install with --ignore-scripts,
 * or one that failed), npm finds the machine's own instead: this stops at once with a sentence that
 * names the fix, instead of an error deep inside Astro or Vitest. Plain JavaScript, for any Node.
 */
import fs from 'node:fs';

const packageJson = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = String(packageJson.devDependencies.node);
const wantedMajor = Number(wanted.split('.')[0]);
const running = process.versions.node;

if (Number(running.split('.')[0]) < wantedMajor) {
  console.error(
    `This project runs on Node ${wanted}, which \`npm ci\` installs into node_modules/.bin (the "node" devDependency), but npm found Node ${running} (${process.execPath}). ` +
      'Run `npm ci` again, without --ignore-scripts: the "node" package fetches Node from the npm registry in its install script, which package.json\'s "allowScripts" allows. ' +
      `Or use Node ${wantedMajor} on this machine (.nvmrc).`,
  );
  process.exit(1);
}
