/* Every figure of the report as JSON: /figures.json. Same records as figures.csv. */
import type { APIRoute } from 'astro';
import { getFigureRecords } from '../queries/dataset.ts';

export const GET: APIRoute = async () => {
  const figures = await getFigureRecords();
  return new Response(`${JSON.stringify({ figures }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
