/* /robots.txt, generated so that the sitemap's absolute URL follows SITE_URL and BASE_PATH. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robots.ts';

export const GET: APIRoute = ({ locals: { site, base } }) =>
  new Response(robotsTxt(site, base), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
