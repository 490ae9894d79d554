import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, inject, test } from 'vitest';

/*
 * Every built page is valid HTML. html-validate's `standard` preset checks conformance to the
 * HTML standard, `document` the document as a whole (doctype, one <title>, lang ...).
 * - `<meta http-equiv>` is limited to the values the standard allows, as the W3C Nu checker does:
 *   content-language is obsolete (the site sends a Content-Language header instead).
 * - require-sri is off: SRI guards files from another host, and every file here is the site's own
 *   (the CSP allows only 'self').
 */
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:standard', 'html-validate:document'],
    elements: [
      'html5',
      {
        meta: {
          attributes: {
            'http-equiv': { enum: ['content-type', 'default-style', 'refresh', 'x-ua-compatible', 'content-security-policy'] },
          },
        },
      },
    ],
    rules: { 'require-sri': 'off' },
  }),
);

const siteDir = inject('siteDir');
const pages = fs
  .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  .sort();

test('the site has pages to validate', () => {
  expect(pages).toContain('index.html');
  expect(pages).toContain('404.html');
});

test.each(pages)('%s is valid HTML', async (file) => {
  const report = await validator.validateString(fs.readFileSync(path.join(siteDir, file), 'utf8'), file);
  const messages = report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
  expect(messages).toEqual([]);
});

test('the check finds the obsolete content-language meta that the Nu checker reports', async () => {
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-language" content="en"><title>T</title></head><body><main><h1>T</h1></main></body></html>';
  const report = await validator.validateString(page, 'sample.html');
  expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([
    'attribute-allowed-values: Attribute "http-equiv" has invalid value "content-language"',
  ]);
});
