/* One figure's own record as JSON, the same fields as figures.json: /data/figures/<id>.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFigureRecords } from '../../../queries/dataset.ts';
import { getFiguresById } from '../../../queries/publication.ts';

export const getStaticPaths = (async () => [...(await getFiguresById()).keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [figure] = await getFigureRecords([params.id ?? '']);
  return new Response(`${JSON.stringify({ figure }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
