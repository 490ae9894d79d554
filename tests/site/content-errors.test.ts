import path from 'node:path';
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import { astroBuild } from '../helpers/astro-build.ts';
import { brokenLinks } from '../helpers/check-links.ts';
import { prepareFixture, workDir } from '../helpers/fixtures.ts';
import { formatLanguageRun, unmarkedLanguageRuns } from '../helpers/language-marking.ts';
import { formatPunctuationSlip, punctuationSlips } from '../helpers/punctuation.ts';

/**
 * Each bad-content fixture must stop the build with a message that names the file and the field
 * or id. The messages are asserted word for word: they are the editors' interface.
 */
async function buildFixture(name: string, { pagefind = false } = {}) {
  // Messages name content files as editors see them, relative to the project: content/figures/alpha.yaml.
  return { contentDir: 'content', ...(await astroBuild({ root: prepareFixture(name), pagefind })) };
}

describe('bad content stops the build with a clear message', () => {
  test.concurrent('the valid fixture builds', async () => {
    const { status, output } = await buildFixture('valid');
    // home, one section, data, search and two figure pages in two languages, and the 404 page
    expect(output).toContain('13 page(s) built');
    expect(status).toBe(0);
  });

  test.concurrent.each([
    [
      'value-not-a-number',
      (dir: string) =>
        `${dir}/figures/alpha.yaml: figure "alpha.villages" is not valid:\n  - value: expected a plain number in base units (62000, not "6.2万")`,
    ],
    [
      'unknown-unit',
      (dir: string) =>
        `${dir}/figures/alpha.yaml: figure "alpha.share" is not valid:\n  - unit: unknown unit: expected one of items, yuan, percent, percentage-points, or a counted thing { zh: <measure word, e.g. 个>, en: { one: <singular noun, e.g. village>, other: <plural noun, e.g. villages> } }`,
    ],
    [
      'unknown-qualifier',
      (dir: string) =>
        `${dir}/figures/alpha.yaml: figure "alpha.share" is not valid:\n  - qualifier: unknown qualifier: expected one of exact, over, about, nearly, at-least`,
    ],
    [
      'duplicate-id',
      (dir: string) =>
        `Figure id "alpha.villages" is defined twice: in ${dir}/figures/alpha.yaml and in ${dir}/figures/beta.yaml. Each figure needs an id of its own.`,
    ],
    [
      'unknown-stat-id',
      (dir: string) =>
        `${dir}/sections/en/alpha.mdx:7: <Stat> names figure "alpha.shares", but no figure has this id. Ids in "alpha": alpha.share, alpha.villages.`,
    ],
    [
      'unknown-key-figure',
      (dir: string) =>
        `${dir}/sections/zh/alpha.mdx:7: <KeyFigures> names figure "alpha.vilages", but no figure has this id. Ids in "alpha": alpha.share, alpha.villages.`,
    ],
    [
      'unknown-report-key-figure',
      (dir: string) => `keyFigures in ${dir}/report.yaml names figure "alpha.shares", but no figure in ${dir}/figures has this id.`,
    ],
    [
      'missing-translation',
      (dir: string) =>
        `Section "extra" has no en version: ${dir}/sections/zh/extra.mdx exists but ${dir}/sections/en/extra.mdx does not. Every section needs one file per language, with the same name.`,
    ],
    [
      'chart-unknown-figure',
      (dir: string) => `${dir}/charts/alpha-villages.yaml: the chart plots figure "alpha.vilages", but no figure has this id.`,
    ],
    [
      'typed-number-in-prose',
      (dir: string) =>
        `${dir}/sections/zh/alpha.mdx:7: the number "6.2万" is typed into the text. Numbers come from the figures, so that both languages show the same value. Write <Stat id="alpha.villages"/> instead.`,
    ],
    [
      'typed-number-in-description',
      (dir: string) =>
        `${dir}/sections/zh/alpha.mdx: the number "6.2万" is typed into the description in the front matter. Numbers come from the figures, so that both languages show the same value. A description cannot show a figure: say it in words and leave the number to the text.`,
    ],
    [
      'figures-differ',
      (dir: string) =>
        `Section "alpha": ${dir}/sections/zh/alpha.mdx:7 shows figure "alpha.share", but ${dir}/sections/en/alpha.mdx does not. Every language shows the same figures and charts, in the same order.`,
    ],
    [
      'threshold-period',
      (dir: string) =>
        `${dir}/figures/alpha.yaml: figure "alpha.share" is not valid:\n  - period: expected a year (2020), { endOf: 2020 } for a total at the end of that year, or none for a threshold that defines a class (年业务量超千万件)`,
    ],
    [
      'chart-mixed-units',
      (dir: string) =>
        `${dir}/charts/alpha-villages.yaml: the chart plots figures in 2 units: 个 / villages (alpha.villages); percent (alpha.share). A value axis carries one unit: plot figures of one unit, or show them as a table (type: table).`,
    ],
    [
      'comparison-in-chart',
      (dir: string) =>
        `${dir}/charts/alpha-villages.yaml: description.en compares: "far more than". Say what the source says and no more; if the source itself makes this comparison, put {source-compares} in the sentence.`,
    ],
    [
      'comparison-in-label',
      (dir: string) =>
        `${dir}/figures/alpha.yaml: figure "alpha.villages" label.zh compares: "远多于". Say what the source says and no more; if the source itself makes this comparison, put {source-compares} in the sentence.`,
    ],
    [
      'blocks-differ',
      (dir: string) =>
        `Section "alpha", block 2: ${dir}/sections/zh/alpha.mdx:9 is a chart (alpha-villages), but ${dir}/sections/en/alpha.mdx:9 is a heading (level 2). Both languages have the same headings, paragraphs, lists and charts, in the same order.`,
    ],
  ])('%s', async (name, message) => {
    const { contentDir, status, output } = await buildFixture(name);
    expect(output).toContain(message(contentDir));
    expect(status).not.toBe(0);
  });

  test.concurrent('a chart without its English title names the chart file and the field', async () => {
    const { contentDir, status, output } = await buildFixture('chart-missing-english');
    expect(output).toContain('charts → alpha-villages data does not match collection schema.');
    expect(output).toContain('title.en: an English text (en) is required');
    expect(output).toContain(`${contentDir}/charts/alpha-villages.yaml`);
    expect(status).not.toBe(0);
  });
});

/** Mistakes that build but that a reader would meet: the built fixture must fail its check. */
describe('bad content is caught in the built site', () => {
  test.concurrent('a broken link and a broken anchor', async () => {
    // As `npm run build` does: the search pages link to the index Pagefind writes after the build.
    const { status, output } = await buildFixture('broken-link', { pagefind: true });
    expect(status, output).toBe(0);
    expect(brokenLinks(path.join(workDir, 'broken-link', 'dist'), { site: 'https://postal-report.example.org' })).toEqual([
      '/en/alpha/: "/en/data/#alpha.vilages" points to #alpha.vilages, but /en/data/ has no element with id "alpha.vilages"',
      '/en/alpha/: "/en/method/" leads to /en/method/, which is not a page or file of the site',
    ]);
  });

  test.concurrent('Chinese on an English page, outside an element with lang="zh-CN"', async () => {
    const { status, output } = await buildFixture('unmarked-chinese');
    expect(status, output).toBe(0);
    const html = fs.readFileSync(path.join(workDir, 'unmarked-chinese', 'dist', 'en', 'alpha', 'index.html'), 'utf8');
    expect(unmarkedLanguageRuns(html).map((run) => formatLanguageRun('/en/alpha/', run))).toEqual([
      '/en/alpha/: "快递进村" is Chinese in English text; mark it <span lang="zh-CN">快递进村</span>.',
    ]);
  });

  test.concurrent('half-width punctuation beside Chinese, in text and in an aria-label', async () => {
    const { status, output } = await buildFixture('halfwidth-punctuation');
    expect(status, output).toBe(0);
    const html = fs.readFileSync(path.join(workDir, 'halfwidth-punctuation', 'dist', 'alpha', 'index.html'), 'utf8');
    expect(punctuationSlips(html).map((slip) => formatPunctuationSlip('/alpha/', slip))).toEqual([
      '/alpha/: "村," in the text has half-width "," beside Chinese; write "村，".',
      '/alpha/: "庄(" in the text has half-width "(" beside Chinese; write "庄（".',
      '/alpha/: "村)" in the text has half-width ")" beside Chinese; write "村）".',
      '/alpha/: "庄(" in the aria-label attribute has half-width "(" beside Chinese; write "庄（".',
      '/alpha/: "村)" in the aria-label attribute has half-width ")" beside Chinese; write "村）".',
    ]);
  });

  test.concurrent('a straight apostrophe in English text and in an aria-label', async () => {
    const { status, output } = await buildFixture('straight-apostrophe');
    expect(status, output).toBe(0);
    const html = fs.readFileSync(path.join(workDir, 'straight-apostrophe', 'dist', 'en', 'alpha', 'index.html'), 'utf8');
    expect(punctuationSlips(html).map((slip) => formatPunctuationSlip('/en/alpha/', slip))).toEqual([
      `/en/alpha/: "village's" in the text has a straight apostrophe; write ’ (U+2019).`,
      `/en/alpha/: "village's" in the aria-label attribute has a straight apostrophe; write ’ (U+2019).`,
    ]);
  });
});
