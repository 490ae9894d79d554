/* /robots.txt, generated so that the sitemap's absolute URL follows SITE_URL and BASE_PATH. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site as URL, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
