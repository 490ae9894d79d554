import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where Chrome, Chromium and Edge usually live on Linux and macOS, in order of preference. */
export function usualBrowserPaths(home: string = os.homedir()): string[] {
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    path.join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
    path.join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
  ];
}

export const noBrowserMessage =
  'No Chromium, Chrome or Edge found for the browser tests: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium-based browser.';

/**
 * The browser the tests drive: CHROMIUM_PATH when it is set (and must then exist), else the first
 * of the usual places that holds an executable file. Throws one line naming the fix when none does.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  candidates: string[] = usualBrowserPaths(),
  isExecutable: (file: string) => boolean = executable,
): string {
  const configured = env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    if (isExecutable(configured)) return configured;
    throw new Error(`CHROMIUM_PATH is ${configured}, which is not an executable file. ${noBrowserMessage}`);
  }
  const found = candidates.find(isExecutable);
  if (found === undefined) throw new Error(noBrowserMessage);
  return found;
}

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
