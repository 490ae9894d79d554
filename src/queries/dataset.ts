/* The whole dataset as flat bilingual records, for figures.csv, figures.json and chart CSVs. */
import { toFigureRecord, type FigureRecord } from '../lib/dataset/figure-records.ts';
import { contentFile } from '../errors/content-dir.ts';
import { getFigure, getFiguresById, getSource } from './publication.ts';

/** Where one figure's own downloads are: `data/figures/<id>.csv` and `.json`. */
export const figureCsvName = (id: string) => `data/figures/${id}.csv`;
export const figureJsonName = (id: string) => `data/figures/${id}.json`;

/** The records of the given figures (in that order), or of every figure. */
export async function getFigureRecords(ids?: readonly string[]): Promise<FigureRecord[]> {
  const wanted = ids ?? [...(await getFiguresById()).keys()];
  return Promise.all(
    wanted.map(async (id) => {
      const figure = await getFigure(id, 'A data download');
      const source = await getSource(figure.source, `Figure "${id}" in ${contentFile(`figures/${figure.section}.yaml`)}`);
      return toFigureRecord(id, figure, source);
    }),
  );
}
