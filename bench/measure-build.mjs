// @ts-check
/*
 * Runs `astro build` in a project folder and measures it: wall-clock seconds, CPU seconds (user +
 * system, from GNU time: steadier than wall time when other work shares the machine), pages built
 * and the peak resident memory of the largest process (GNU time's "Maximum resident set size").
 * Without /usr/bin/time, memory is sampled from /proc every 200 ms over the child's process tree.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const gnuTime = '/usr/bin/time';

/** Resident memory of a process and all its descendants, in kilobytes, from /proc. @param {number} pid */
function treeRssKb(pid) {
  let total = 0;
  /** @type {number[]} */
  const queue = [pid];
  while (queue.length > 0) {
    const current = /** @type {number} */ (queue.pop());
    try {
      const status = fs.readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = fs.readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children !== '') queue.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/**
 * @param {{ cwd: string, outDir: string, env?: Record<string, string> }} options
 * @returns {Promise<{ seconds: number, cpuSeconds: number, pages: number, peakMb: number, output: string }>}
 */
export function measureBuild({ cwd, outDir, env = {} }) {
  const astro = path.join(cwd, 'node_modules/astro/bin/astro.mjs');
  const useTime = fs.existsSync(gnuTime);
  const command = useTime ? gnuTime : process.execPath;
  const args = [...(useTime ? ['-v', process.execPath] : []), astro, 'build', '--outDir', outDir];
  const started = process.hrtime.bigint();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let sampledPeakKb = 0;
  const sampler = setInterval(() => (sampledPeakKb = Math.max(sampledPeakKb, treeRssKb(child.pid ?? 0))), 200);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) {
        reject(new Error(`astro build failed in ${cwd} (exit ${code}):\n${output.slice(-4000)}`));
        return;
      }
      const gnuPeakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
      const cpuSeconds =
        Number(/User time \(seconds\): ([\d.]+)/.exec(output)?.[1] ?? NaN) +
        Number(/System time \(seconds\): ([\d.]+)/.exec(output)?.[1] ?? NaN);
      resolve({ seconds, cpuSeconds, pages, peakMb: Math.max(gnuPeakKb, sampledPeakKb) / 1024, output });
    });
  });
}
