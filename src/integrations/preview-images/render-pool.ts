/*
 * Renders preview images across the cores, each once: a PNG is kept in the cache folder under the
 * hash of everything that draws it (the card, the font files, the versions of satori and resvg),
 * so a rebuild renders only the images whose inputs changed. The same inputs always give the
 * same bytes, cached or not. No Astro import: the benchmark (bench/preview-images.mjs) runs it too.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface RenderJob {
  /** The satori element tree (src/lib/og/preview-card.ts). */
  tree: unknown;
  width: number;
  height: number;
  fonts: { name: string; file: string; weight: number }[];
}

export interface RenderStats {
  rendered: number;
  cached: number;
  milliseconds: number;
}

export interface RenderOptions {
  /** src/integrations/preview-images/render-worker.mjs, as an absolute path. */
  workerFile: string;
  cacheDir: string;
  /** Whatever else changes the pixels: the versions of satori and resvg. */
  salt: string;
  workers?: number;
}

/** The cache key of a job: font files by name (their package version is in the salt), not by bytes. */
export function jobKey(job: RenderJob, salt: string): string {
  const fonts = job.fonts.map(({ name, file, weight }) => [name, path.basename(file), weight]);
  return crypto
    .createHash('sha256')
    .update(salt)
    .update(JSON.stringify({ tree: job.tree, width: job.width, height: job.height, fonts }))
    .digest('hex');
}

/** Sends one job to a worker and waits for its PNG. */
function ask(worker: Worker, message: unknown): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('message', (reply: { png?: Uint8Array; error?: string }) => {
      worker.off('error', onError);
      if (reply.png) resolve(Buffer.from(reply.png));
      else reject(new Error(`A preview image could not be drawn: ${reply.error ?? 'no reason given'}`));
    });
    worker.once('error', onError);
    worker.postMessage(message);
  });
}

export async function renderImages(jobs: readonly RenderJob[], options: RenderOptions): Promise<{ images: Buffer[]; stats: RenderStats }> {
  const { workerFile, cacheDir, salt, workers = os.availableParallelism() } = options;
  const started = performance.now();
  fs.mkdirSync(cacheDir, { recursive: true });
  const images: (Buffer | undefined)[] = jobs.map(() => undefined);
  const todo: { index: number; file: string }[] = [];
  jobs.forEach((job, index) => {
    const file = path.join(cacheDir, `${jobKey(job, salt)}.png`);
    if (fs.existsSync(file)) images[index] = fs.readFileSync(file);
    else todo.push({ index, file });
  });
  if (todo.length > 0) {
    const pool = Array.from({ length: Math.min(workers, todo.length) }, () => new Worker(workerFile));
    let next = 0;
    try {
      await Promise.all(
        pool.map(async (worker) => {
          for (let task = todo[next++]; task !== undefined; task = todo[next++]) {
            const png = await ask(worker, { id: task.index, job: jobs[task.index] });
            // Written under a temporary name first, so that an interrupted build never leaves half a PNG in the cache.
            const partial = `${task.file}.${process.pid}.tmp`;
            fs.writeFileSync(partial, png);
            fs.renameSync(partial, task.file);
            images[task.index] = png;
          }
        }),
      );
    } finally {
      await Promise.all(pool.map((worker) => worker.terminate()));
    }
  }
  return {
    images: images.map((image) => image ?? Buffer.alloc(0)),
    stats: { rendered: todo.length, cached: jobs.length - todo.length, milliseconds: performance.now() - started },
  };
}
