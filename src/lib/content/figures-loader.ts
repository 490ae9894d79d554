import type { Loader } from 'astro/loaders';
import { readFigureFiles } from './read-figure-files.ts';
import { figureProblems } from './validate-figure.ts';

/**
 * Loads content/figures/*.yaml, one file per section holding a list of figures.
 * Astro's own file() loader reads a single file; this one reads the folder and refuses
 * duplicate ids across files, which file() would let the last one win silently.
 */
export function figuresLoader(dir: string): Loader {
  return {
    name: 'report-figures',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(dir);
      store.clear();
      for (const record of readFigureFiles(dir)) {
        const problems = figureProblems(record);
        if (problems !== undefined) throw new Error(problems);
        const data = await parseData({ id: record.id, data: record.data, filePath: record.filePath });
        store.set({ id: record.id, data, filePath: record.filePath });
      }
    },
  };
}
