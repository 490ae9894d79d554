import { astroBuild } from '../tests/helpers/astro-build.ts';
import { prepareFixture } from '../tests/helpers/fixtures.ts';
const name = process.argv[2]!;
const r = await astroBuild({ root: prepareFixture(name), asNpmBuild: true, env: { SITE_URL: '' } });
console.log('STATUS', r.status);
console.log(r.output.split('\n').filter((l) => /problem|^\/|Checked/.test(l)).join('\n'));
