/*
 * A step of `npm run build` (build-steps.ts), after the search index: the checks of the built site
 * that protect readers (src/lib/site-checks/reader-problems.ts). Prints every problem and exits 1
 * when there is one, so that a host that only builds never publishes them.
 */
import { basePathFrom } from '../src/lib/hosting/base-path.ts';
import { siteUrlFrom } from '../src/lib/hosting/site-url.ts';
import { readerProblems } from '../src/lib/site-checks/reader-problems.ts';

const siteDir = process.argv[2] ?? 'dist';
const problems = readerProblems(siteDir, { site: siteUrlFrom(process.env['SITE_URL']).site, base: basePathFrom(process.env['BASE_PATH']) });
if (problems.length > 0) {
  console.error(`The built site has ${problems.length} problem(s) that readers would meet; fix them in content/:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Checked ${siteDir}: links, anchors, language marking and punctuation of every page.`);
