import os from 'node:os';
import { buildSlotsPortVariable, takeSlot } from './build-slots.ts';

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

const limitInThisProcess = concurrencyLimit(os.availableParallelism());

/**
 * Waits for one of the run's build slots (tests/helpers/build-slots.ts: one per core across every
 * test process) and returns the function that frees it. Outside a run that serves slots (a file
 * run under a tier without that global setup), the slot is granted at once: the limit per
 * process (limitBuilds) still holds.
 */
export async function takeBuildSlot(): Promise<() => void> {
  const port = process.env[buildSlotsPortVariable];
  return port === undefined ? () => {} : takeSlot(Number(port));
}

/** One build per core, at most, within this test process and across the run's parallel test files. */
export function limitBuilds<T>(task: () => Promise<T>): Promise<T> {
  return limitInThisProcess(async () => {
    const release = await takeBuildSlot();
    try {
      return await task();
    } finally {
      release();
    }
  });
}
