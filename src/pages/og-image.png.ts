/*
 * /og-image.png: the site's own preview image, which the 404 page gives link previews (every other
 * page has one drawn from its data, src/pages/og/). It pictures the report, so it is content:
 * content/og-image.png, a 1200×630 PNG, copied as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { contentDir, contentFile } from '../errors/content-dir.ts';

export const GET: APIRoute = () => {
  const file = path.join(contentDir, 'og-image.png');
  if (!fs.existsSync(file)) {
    throw new Error(
      `${contentFile('og-image.png')} is missing: it is the site's preview image (a 1200×630 PNG picturing the report), shown for pages with none of their own. Add one for this report.`,
    );
  }
  return new Response(new Uint8Array(fs.readFileSync(file)), { headers: { 'Content-Type': 'image/png' } });
};
