import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './find-chromium.ts';

/**
 * The flags of every Chromium the tests and benchmarks start: they keep it off the network (this
 * machine has none, and readers' pages must not need it).
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium (or another Chromium-based browser, see find-chromium.ts), driven by
 * playwright-core, which downloads no browser of its own.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
}
