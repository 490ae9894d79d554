/* Every figure of the report, both languages' labels side by side: /figures.csv. */
import type { APIRoute } from 'astro';
import { getFigureRecords } from '../queries/dataset.ts';
import { figureRecordColumns } from '../lib/dataset/figure-records.ts';
import { recordsToCsv } from '../lib/dataset/to-csv.ts';

export const GET: APIRoute = async () => {
  const csv = recordsToCsv(figureRecordColumns, await getFigureRecords());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
