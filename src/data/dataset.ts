/* The whole dataset as flat bilingual records, for figures.csv, figures.json and chart CSVs. */
import { toFigureRecord, type FigureRecord } from '../lib/data/figure-records.ts';
import { contentFile } from '../lib/content/content-dir.ts';
import { getFiguresById, getSource } from './publication.ts';

export async function getFigureRecords(ids?: readonly string[]): Promise<FigureRecord[]> {
  const figures = await getFiguresById();
  const wanted = ids ?? [...figures.keys()];
  return Promise.all(
    wanted.map(async (id) => {
      const figure = figures.get(id);
      if (figure === undefined) throw new Error(`No figure "${id}" in ${contentFile('figures')}.`);
      const source = await getSource(figure.source, `Figure "${id}" in ${contentFile(`figures/${figure.section}.yaml`)}`);
      return toFigureRecord(id, figure, source);
    }),
  );
}
