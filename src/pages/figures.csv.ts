/* Every figure of the report, both languages' labels side by side: /figures.csv. */
import type { APIRoute } from 'astro';
import { getFigureRecords } from '../data/dataset.ts';
import { figureRecordColumns } from '../lib/data/figure-records.ts';
import { toCsv } from '../lib/data/to-csv.ts';

export const GET: APIRoute = async () => {
  const records = await getFigureRecords();
  const csv = toCsv(figureRecordColumns, records.map((record) => figureRecordColumns.map((column) => record[column])));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
