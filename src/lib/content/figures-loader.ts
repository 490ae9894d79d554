import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { setFiguresLoadError } from './figures-load-error.ts';
import { readFigureFiles } from './read-figure-files.ts';
import { withoutComparisonMarker } from './comparison-words.ts';
import { figureLabelProblems, figureProblems } from './validate-figure.ts';

/** The label as readers see it: the marker of a comparison the source makes is for the check only. */
function withoutMarkerInLabel(data: Record<string, unknown>): Record<string, unknown> {
  const label = data['label'] as Record<string, string>;
  return { ...data, label: Object.fromEntries(Object.entries(label).map(([locale, text]) => [locale, withoutComparisonMarker(text)])) };
}

/**
 * Loads content/figures/*.yaml, one file per section holding a list of figures.
 * Astro's own file() loader reads a single file; this one reads the folder and refuses
 * duplicate ids across files, which file() would let the last one win silently.
 */
export function figuresLoader(dir: string): Loader {
  const sync = async ({ store, parseData }: Pick<LoaderContext, 'store' | 'parseData'>) => {
    const records = readFigureFiles(dir);
    // Every invalid figure of every file at once, in file order: an editor who pasted in a year's
    // figures fixes them in one pass instead of one build per mistake.
    const problems = records
      .map((record) => figureProblems(record) ?? figureLabelProblems(record))
      .filter((problem) => problem !== undefined);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    store.clear();
    for (const record of records) {
      const data = await parseData({ id: record.id, data: withoutMarkerInLabel(record.data), filePath: record.filePath });
      store.set({ id: record.id, data, filePath: record.filePath });
    }
  };

  return {
    name: 'report-figures',
    load: async (context) => {
      await sync(context);
      // In `astro dev`, reload when an editor saves, adds or removes a figures file.
      context.watcher?.add(dir);
      // A mistake is shown in the browser as Astro's error overlay (figures-load-error.ts): emptying
      // the store reloads the page, whose figure query then throws it.
      context.watcher?.on('all', (_event, changed) => {
        if (path.dirname(path.resolve(changed)) !== path.resolve(dir) || !/\.ya?ml$/.test(changed)) return;
        sync(context)
          .then(() => setFiguresLoadError(undefined))
          .catch((error: unknown) => {
            setFiguresLoadError(error as Error);
            context.store.clear();
            context.logger.error((error as Error).message);
          });
      });
    },
  };
}
