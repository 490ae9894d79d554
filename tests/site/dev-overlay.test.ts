import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { inheritedEnv } from '../helpers/astro-build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { takeBuildSlot } from '../helpers/concurrency.ts';
import { prepareFixture } from '../helpers/fixtures.ts';

/*
 * `npm run dev`: a figures file saved with a mistake shows Astro's error overlay in the browser,
 * with the editor's message, instead of the last good value; fixing it brings the page back.
 */
let root: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url: string;
/** The dev server compiles as a build does: it holds one of the run's build slots while it runs. */
let releaseBuildSlot: (() => void) | undefined;
/** Generous: on a busy machine the dev server may take long to compile; nothing here is timed. */
const devServerWait = 120_000;

/**
 * Saves a file as an editor's program does, in one step: written beside it, then renamed over it.
 * writeFileSync truncates first, and the dev server's watcher can read the empty file in between.
 */
function saveFile(file: string, text: string): void {
  const temporary = `${file}.saving`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(address: string, log: () => string): Promise<void> {
  let last = 'no answer';
  for (let attempt = 0; attempt < devServerWait / 500; attempt++) {
    try {
      const response = await fetch(address);
      if (response.ok) return;
      last = `status ${response.status}`;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not answer at ${address} (${last}):\n${log()}`);
}

// The hook's time includes the wait for a build slot: the tier's timeout (vitest.config.ts).
beforeAll(async () => {
  releaseBuildSlot = await takeBuildSlot();
  root = prepareFixture('dev-overlay');
  const port = await freePort();
  let output = '';
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    // As `npm run dev` runs: without the variables Vitest sets (inheritedEnv).
    env: { ...inheritedEnv(), REPORT_CONTENT_DIR: 'content', ASTRO_CACHE_DIR: '.cache', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  url = `http://127.0.0.1:${port}/en/alpha/`;
  await waitForServer(url, () => output);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  releaseBuildSlot?.();
});

test('a bad figure value shows the error overlay with its message, and the fix removes it', async () => {
  const page = await (browser as Browser).newPage();
  await page.goto(url);
  await expect.poll(() => page.locator('data[data-figure="alpha.villages"]').first().textContent()).toBe('62,000 villages');

  const figures = path.join(root, 'content', 'figures', 'alpha.yaml');
  const good = fs.readFileSync(figures, 'utf8');
  try {
    saveFile(figures, good.replace('value: 62000', 'value: "6.2万"'));
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: devServerWait });
    expect(await overlay.locator('#message-content').innerText()).toBe(
      'content/figures/alpha.yaml: figure "alpha.villages" is not valid:\n  - value: expected a plain number in base units (62000, not "6.2万")',
    );

    // The fix: the value and the number as the source writes it, which the build compares.
    saveFile(figures, good.replace('value: 62000', 'value: 63000').replace('asWritten: 6.2万个', 'asWritten: 6.3万个'));
    await overlay.waitFor({ state: 'detached', timeout: devServerWait });
    await expect
      .poll(() => page.locator('data[data-figure="alpha.villages"]').first().textContent(), { timeout: devServerWait })
      .toBe('63,000 villages');
  } finally {
    // The file as it was, for the next test, which starts from the fixture's own value.
    saveFile(figures, good);
  }
});

test('a chart drawn at build time shows a figure’s new value and its YAML’s new text on reload', async () => {
  const page = await (browser as Browser).newPage();
  const chartTexts = async () => {
    await page.reload();
    return page.locator('.chart-svg-wide text').allTextContents();
  };
  const figures = path.join(root, 'content', 'figures', 'alpha.yaml');
  const chart = path.join(root, 'content', 'charts', 'alpha-villages.yaml');
  const [goodFigures, goodChart] = [fs.readFileSync(figures, 'utf8'), fs.readFileSync(chart, 'utf8')];
  try {
    await page.goto(url);
    // First the previous test's last save (the fixture's own value) shows: this test is about one
    // save at a time. Once, under load, with that save and the next milliseconds apart, the new
    // value never showed in 120 s (noted in bench/RESULTS.md, "Test suite time").
    await expect.poll(chartTexts, { timeout: devServerWait }).toContain('62,000');
    saveFile(figures, goodFigures.replace('value: 62000', 'value: 64000').replace('asWritten: 6.2万个', 'asWritten: 6.4万个'));
    await expect.poll(chartTexts, { timeout: devServerWait }).toContain('64,000');
    saveFile(chart, goodChart.replace('en: Villages }', 'en: Villages reached }'));
    await expect.poll(chartTexts, { timeout: devServerWait }).toContain('Villages reached');
  } finally {
    saveFile(figures, goodFigures);
    saveFile(chart, goodChart);
  }
});
