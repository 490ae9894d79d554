import { describe, expect, test } from 'vitest';
import { findChromium, noBrowserMessage, usualBrowserPaths } from '../helpers/find-chromium.ts';

describe('findChromium', () => {
  const only =
    (...present: string[]) =>
    (file: string) =>
      present.includes(file);

  test('takes CHROMIUM_PATH when it is an executable', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, ['/usr/bin/chromium'], only('/opt/c/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/c/chrome',
    );
  });

  test('names CHROMIUM_PATH when it points at nothing', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, ['/usr/bin/chromium'], only('/usr/bin/chromium'))).toThrow(
      'CHROMIUM_PATH is /nowhere/chrome, which is not an executable file. No Chromium, Chrome or Edge found',
    );
  });

  test('falls back to the first usual place that has a browser', () => {
    const candidates = usualBrowserPaths('/home/reader');
    expect(
      findChromium({}, candidates, only('/usr/bin/google-chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge')),
    ).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, candidates, only('/home/reader/Applications/Chromium.app/Contents/MacOS/Chromium'))).toBe(
      '/home/reader/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
  });

  test('looks for Chromium, Chrome and Edge on Linux and macOS', () => {
    const candidates = usualBrowserPaths('/home/reader');
    for (const expected of [
      '/usr/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/microsoft-edge',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ]) {
      expect(candidates).toContain(expected);
    }
  });

  test('with no browser anywhere, one line that names the fix', () => {
    expect(() => findChromium({}, usualBrowserPaths(), only())).toThrow(noBrowserMessage);
    expect(noBrowserMessage).not.toContain('\n');
    expect(noBrowserMessage).toContain('install Chromium');
    expect(noBrowserMessage).toContain('CHROMIUM_PATH');
  });
});
