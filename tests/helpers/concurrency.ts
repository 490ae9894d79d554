import os from 'node:os';

/**
 * Runs at most `limit` tasks at a time; the others wait their turn in the order they came.
 * Builds are CPU-bound, so the test helpers bound them by the number of cores.
 */
export function concurrencyLimit(limit: number) {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrencyLimit needs a whole number of at least 1, not ${limit}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/** One build per core, at most, across every build this test process starts. */
export const limitBuilds = concurrencyLimit(os.availableParallelism());
