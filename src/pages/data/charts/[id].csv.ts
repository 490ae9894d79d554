/* The data of one chart, in the order it plots it, both languages: /data/charts/<id>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '../../../queries/charts.ts';
import { getFigureRecords } from '../../../queries/dataset.ts';
import { figureRecordColumns, localeColumns, perLocale } from '../../../lib/dataset/figure-records.ts';
import { recordsToCsv } from '../../../lib/dataset/to-csv.ts';

export const getStaticPaths = (async () => [...(await getCharts()).keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const checked = (await getCharts()).get(params.id ?? '');
  if (checked === undefined) throw new Error(`No chart "${params.id}"`);
  const records = await getFigureRecords(checked.chart.figures.map(({ figure }) => figure));
  // The chart's own category labels first, so the file matches the table under the chart.
  const rows = records.map((record, index) => ({
    ...perLocale('chart_label', (locale) => checked.views[locale].rows[index]?.label ?? ''),
    ...record,
  }));
  const csv = recordsToCsv([...localeColumns('chart_label'), ...figureRecordColumns], rows);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
