/* One figure's own row, both languages, with the columns of figures.csv: /data/figures/<id>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFigureRecords } from '../../../queries/dataset.ts';
import { getFiguresById } from '../../../queries/publication.ts';
import { figureRecordColumns } from '../../../lib/dataset/figure-records.ts';
import { recordsToCsv } from '../../../lib/dataset/to-csv.ts';

export const getStaticPaths = (async () => [...(await getFiguresById()).keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const csv = recordsToCsv(figureRecordColumns, await getFigureRecords([params.id ?? '']));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
