import path from 'node:path';
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import { astroBuild } from '../helpers/astro-build.ts';
import { prepareFixture, workDir } from '../helpers/fixtures.ts';

/**
 * Each bad-content fixture must stop the build with a message that names the file and the field
 * or id. The messages are asserted word for word: they are the editors' interface.
 *
 * One fixture per path by which a mistake reaches the editor (the figures loader, Astro's schema
 * check of a collection, each remark plugin, the content's cross-file checks, the built-site checks): a
 * build proves that the path is wired up and names the file as editors see it. The many messages
 * of one path (every schema rule, every kind of bad reference) are asserted at unit level, where
 * no build is needed: tests/unit/schemas.test.ts, figures-loader.test.ts, collect-figure-refs.test.ts ...
 * A path that lists every problem it finds (the figures loader, the section guard, the cross-file
 * checks, the built-site checks) gets one fixture with several mistakes, whose one build must list them all.
 */
async function buildFixture(name: string, { remove = [], env = {} }: { remove?: string[]; env?: Record<string, string> } = {}) {
  // Messages name content files as editors see them, relative to the project: content/figures/alpha.yaml.
  return { contentDir: 'content', ...(await astroBuild({ root: prepareFixture(name, { remove }), env })) };
}

/** The glossary's lines when a fixture's English section marks none of the valid fixture's two terms. */
const unmarkedTerms = (dir: string) =>
  ['express-delivery-to-villages', 'direct-to-village-delivery-rate']
    .map(
      (id) =>
        `${dir}/glossary.yaml: term "${id}" is marked in no section in en. Mark its uses with <Term id="${id}">…</Term> in every language's sections, or remove it from the glossary.`,
    )
    .join('\n');

const allowedInSections =
  'Sections hold Markdown, the components Stat, KeyFigures, Chart, Term, and the text elements abbr, b, bdi, br, cite, dfn, em, i, q, small, span, strong, sub, sup, wbr.';

// Every build of the file at once (each waits for a free core), the longest first: all suites are concurrent.
describe.concurrent('content mistakes', () => {
  /**
   * Mistakes that only the built pages show: `astro build` checks every page after the search
   * index is written (src/integrations/finish-site/) and stops, listing every problem on every page.
   */
  describe('mistakes a reader would meet stop the build after the pages are built', () => {
    const problems = (output: string) => output.split('\n').filter((line) => line.startsWith('/'));

    test.concurrent(
      'broken links and anchors, unmarked Chinese in English, half-width punctuation beside Chinese and straight apostrophes: every one listed',
      async () => {
        // SITE_URL empty, as for the valid fixture it is made from: it counts as unset, with one warning.
        const { status, output } = await buildFixture('reader-mistakes', { env: { SITE_URL: '' } });
        // Every page was built (home, one section, the whole report, data, search, the glossary, the
        // list of figures, About and two figure pages in two languages, the section side by side in
        // each language's place, and the 404 page) before the check: the search index, written just
        // before it, counts them (Astro's own "23 page(s) built" comes after the hooks, which stop it).
        expect(output).toContain('Search index: 14 of 23 pages');
        const warning =
          'SITE_URL is not set: canonical links, hreflang, Open Graph, JSON-LD, the sitemap and robots.txt point to the placeholder https://postal-report.example.org. Set SITE_URL to the site\'s address for production (README.md, "Configuration").';
        expect(output.split(warning).length - 1).toBe(1);
        expect(output).toContain('The built site has 56 problem(s) that readers would meet; fix them in content/:');
        const isPunctuation = (line: string) => / has half-width | has a straight apostrophe/.test(line);
        const unmarked = '"快递进村" is Chinese in English text; mark it <span lang="zh-CN">快递进村</span>.';
        const anchor = '"/en/data/#alpha.vilages" points to #alpha.vilages, but /en/data/ has no element with id "alpha.vilages"';
        const page = '"/en/method/" leads to /en/method/, which is not a page or file of the site';
        expect(problems(output).filter((line) => !isPunctuation(line))).toEqual([
          // The section, the figure pages that quote its sentence, the whole report and the side-by-side page.
          `/en/alpha/: ${unmarked}`,
          `/en/figures/alpha.share/: ${unmarked}`,
          `/en/figures/alpha.villages/: ${unmarked}`,
          `/en/full/: ${unmarked}`,
          `/en/parallel/alpha/: ${unmarked}`,
          `/parallel/alpha/: ${unmarked}`,
          `/en/alpha/: ${anchor}`,
          `/en/alpha/: ${page}`,
          `/en/full/: ${anchor}`,
          `/en/full/: ${page}`,
          `/en/parallel/alpha/: ${anchor}`,
          `/en/parallel/alpha/: ${page}`,
          `/parallel/alpha/: ${anchor}`,
          `/parallel/alpha/: ${page}`,
        ]);
        const slips = problems(output).filter(isPunctuation);
        const inText = `"village's" in the text has a straight apostrophe; write ’ (U+2019).`;
        const inLabel = `"village's" in the aria-label attribute has a straight apostrophe; write ’ (U+2019).`;
        expect(slips.filter((line) => line.startsWith('/alpha/: '))).toEqual([
          '/alpha/: "村," in the text has half-width "," beside Chinese; write "村，".',
          '/alpha/: "庄(" in the text has half-width "(" beside Chinese; write "庄（".',
          '/alpha/: "村)" in the text has half-width ")" beside Chinese; write "村）".',
          '/alpha/: "庄(" in the aria-label attribute has half-width "(" beside Chinese; write "庄（".',
          '/alpha/: "村)" in the aria-label attribute has half-width ")" beside Chinese; write "村）".',
          // The chart's title is also in "on this page" (its citation names the release, not the chart).
          '/alpha/: "庄(" in the text has half-width "(" beside Chinese; write "庄（".',
          '/alpha/: "村)" in the text has half-width ")" beside Chinese; write "村）".',
        ]);
        expect(slips.filter((line) => line.startsWith('/en/alpha/: '))).toEqual([
          `/en/alpha/: ${inText}`,
          `/en/alpha/: ${inLabel}`,
          // The chart's title is also in "on this page" (its citation names the release, not the chart).
          `/en/alpha/: ${inText}`,
        ]);
        // The same slips on the figure pages that quote the sentence or show the chart, the list of
        // figures (which names the chart), the whole report and the side-by-side pages.
        expect(new Set(slips.map((line) => line.split(': ')[0]))).toEqual(
          new Set([
            '/alpha/',
            '/figures/',
            '/figures/alpha.share/',
            '/figures/alpha.villages/',
            '/full/',
            '/parallel/alpha/',
            '/en/alpha/',
            '/en/figures/',
            '/en/figures/alpha.villages/',
            '/en/full/',
            '/en/parallel/alpha/',
          ]),
        );
        expect(status).not.toBe(0);
      },
    );
  });

  describe('bad content stops the build with a clear message', () => {
    /**
     * The content's files are checked against each other as a whole, before any page is built
     * (src/lib/content/check-content.ts), and one error lists every problem: one build proves that
     * each check stops it naming the file (the checks' every message is a unit test:
     * check-content.test.ts, check-section.test.ts ...). In the order an editor would fix them.
     */
    test.concurrent('mistakes between files: every one listed in one error, each naming its file', async () => {
      const { contentDir: dir, status, output } = await buildFixture('cross-file-mistakes');
      const problems = [
        // A section in one language only (its other checks still run).
        `Section "extra" has no en version: ${dir}/sections/zh/extra.mdx exists but ${dir}/sections/en/extra.mdx does not. Every section needs one file per language, with the same name.`,
        // A figures file naming an unknown source, and one named after no section.
        `${dir}/figures/alpha.yaml: figure "alpha.share" names source "test-sourse", but ${dir}/sources.yaml has no source with this id. Source ids: test-source.`,
        `${dir}/figures/alpha.yaml: figure "alpha.villages" names source "test-sourse", but ${dir}/sources.yaml has no source with this id. Source ids: test-source.`,
        `${dir}/figures/gamma.yaml: figure "gamma.stations" belongs to section "gamma", but there is no ${dir}/sections/<language>/gamma.mdx. Name the file after an existing section.`,
        // report.yaml's key figures.
        `keyFigures in ${dir}/report.yaml names figure "alpha.shares", but no figure in ${dir}/figures has this id.`,
        // Every check of a chart runs in one place (checkChart, src/lib/charts/chart-view.ts), whose
        // messages are unit tests (tests/unit/charts.test.ts: mixed units, comparisons, ...).
        `${dir}/charts/alpha-villages.yaml: the chart plots figure "alpha.vilages", but no figure has this id.`,
        // A section's unknown ids, every one of the file, in order.
        `${dir}/sections/en/alpha.mdx:7: <Stat> names figure "alpha.shares", but no figure has this id. ${dir}/figures/alpha.yaml defines: alpha.share, alpha.villages. Add the figure there, or correct the id.`,
        `${dir}/sections/en/alpha.mdx:7: <Term> names term "direct-to-village-rate", but ${dir}/glossary.yaml has no term with this id. Term ids: direct-to-village-delivery-rate, express-delivery-to-villages.`,
        // The glossary's term that the English text no longer marks (its <Term> names an unknown id).
        `${dir}/glossary.yaml: term "direct-to-village-delivery-rate" is marked in no section in en. Mark its uses with <Term id="direct-to-village-delivery-rate">…</Term> in every language's sections, or remove it from the glossary.`,
      ];
      // All of them, in this order, and nothing between them and the note that ends the error.
      expect(output).toContain(`${problems.join('\n')}\n(The stack trace is left out: run with SHOW_STACK_TRACES=1 to see it.)`);
      expect(status).not.toBe(0);
    });

    test.concurrent.each([
      [
        // The figures loader names every invalid figure at once, in file order (that it names no valid
        // one is asserted in tests/unit/figures-loader.test.ts).
        'figure-mistakes',
        (dir: string) =>
          [
            `${dir}/figures/alpha.yaml: figure "alpha.villages" is not valid:\n  - value: expected a plain number in base units (62000, not "6.2万")`,
            `${dir}/figures/alpha.yaml: figure "alpha.share" is not valid:\n  - period: expected a year (2020), { endOf: 2020 } for a total at the end of that year, or none for a threshold that defines a class (年业务量超千万件)`,
            `${dir}/figures/alpha.yaml: figure "alpha.households" is not valid:\n  - value: 0.000123 is not a whole number, but households are counted: expected a whole number in base units (62000, not 6.2)`,
            `${dir}/figures/alpha.yaml: figure "alpha.rate" is not valid:\n  - value: 50.25 has more decimals than the figure declares 1: check the value against the source, and give "decimals" the number of decimals the source writes`,
            `${dir}/figures/alpha.yaml: figure "alpha.growth" is not valid:\n  - value: 150% is more than 100%: a share cannot be; for a rate that can (a growth rate), add "mayExceed100: true"`,
            `${dir}/figures/alpha.yaml: figure "alpha.stations" label.zh compares: "远多于". Say what the source says and no more; if the source itself makes this comparison, put {source-compares} in the sentence.`,
            `${dir}/figures/alpha.yaml: figure "alpha.relief" is not valid:\n  - asWritten: the source writes "超百亿元", but value, unit and qualifier give "超过100元": check them against the source (value in base units: 超百亿元 is 10000000000)`,
          ].join('\n'),
      ],
      [
        // The remark plugin reports the front matter and the text of a file together.
        'typed-numbers',
        (dir: string) =>
          `${dir}/sections/zh/alpha.mdx: the number "6.2万" is typed into the description in the front matter. Numbers come from the figures, so that both languages show the same value. A description cannot show a figure: say it in words and leave the number to the text.\n` +
          `${dir}/sections/zh/alpha.mdx:7: the number "6.2万" is typed into the text. Numbers come from the figures, so that both languages show the same value. Write <Stat id="alpha.villages"/> instead.`,
      ],
      [
        // The content is checked as a whole before any page is built: one error lists the section's
        // difference and the glossary's terms that its English text no longer marks. A translation is
        // compared with the source language only when every id it names is known, and block by block
        // only when it shows the same figures (src/lib/content/check-section.ts): each of these two
        // needs a section file of its own, so neither joins cross-file-mistakes.
        'figures-differ',
        (dir: string) =>
          [
            `Section "alpha": ${dir}/sections/zh/alpha.mdx:7 shows figure "alpha.share", but ${dir}/sections/en/alpha.mdx does not. Every language shows the same figures and charts, in the same order.`,
            unmarkedTerms(dir),
          ].join('\n'),
      ],
      [
        'blocks-differ',
        (dir: string) =>
          [
            `Section "alpha", block 2: ${dir}/sections/zh/alpha.mdx:9 is a chart (alpha-villages), but ${dir}/sections/en/alpha.mdx:9 is a heading (level 2). Both languages have the same headings, paragraphs, lists and charts, in the same order.`,
            unmarkedTerms(dir),
          ].join('\n'),
      ],
      [
        'yaml-unclosed-quote',
        (dir: string) =>
          `${dir}/figures/alpha.yaml:8:18: this is not valid YAML: the quote " that opens here is never closed (end it with the matching mark).\n  8 |     label: { zh: "通快递的村, en: Villages reached }\n    |                  ^`,
      ],
      [
        'chart-yaml-syntax',
        (dir: string) =>
          `${dir}/charts/alpha-villages.yaml:7:7: this is not valid YAML: the quote " that opens here is never closed (end it with the matching mark).\n  7 |   en: "{alpha.villages} in all.\n    |       ^`,
      ],
      [
        'figures-file-name',
        (dir: string) =>
          `${dir}/figures/Foo Bar.yaml: the name "Foo Bar" is not allowed: file names of sections, figures and charts are lower-case ASCII kebab-case: letters a-z, digits and single hyphens, such as two-ins-one-out. Rename the file (in every language, for a section).`,
      ],
      [
        'section-file-name',
        (dir: string) =>
          `${dir}/sections/en/Foo Bar.mdx: the name "Foo Bar" is not allowed: file names of sections, figures and charts are lower-case ASCII kebab-case: letters a-z, digits and single hyphens, such as two-ins-one-out. Rename the file (in every language, for a section).`,
      ],
      [
        'empty-section',
        (dir: string) => `${dir}/sections/en/alpha.mdx: the section has no text. Write its paragraphs below the front matter.`,
      ],
      [
        'section-without-paragraph',
        (dir: string) =>
          `${dir}/sections/en/alpha.mdx: the section has no paragraph of text, only headings, lists, components or code. Write at least one paragraph.`,
      ],
    ])('%s', async (name, message) => {
      const { contentDir, status, output } = await buildFixture(name);
      expect(output).toContain(message(contentDir));
      expect(status).not.toBe(0);
    });

    test.concurrent('section front matter of the wrong type, with an unknown field, in friendly words', async () => {
      const { contentDir, status, output } = await buildFixture('section-front-matter');
      expect(output).toContain('sections → en/alpha data does not match collection schema.');
      expect(output).toContain('order: expected a number, received the text "first"');
      expect(output).toContain(': unknown field "draft": check its spelling, or remove it');
      expect(output).toContain(`${contentDir}/sections/en/alpha.mdx`);
      expect(status).not.toBe(0);
    });

    test.concurrent.each([
      ['report.yaml', "the report's title, summary, publisher and key figures"],
      ['sources.yaml', 'the sources that figures and the report cite'],
    ])('a missing %s stops the build at once, naming it', async (file, holds) => {
      const { contentDir, status, output } = await buildFixture(`missing-${file.replace('.yaml', '')}`, { remove: [file] });
      expect(output).toContain(
        `${contentDir}/${file} is missing: it holds ${holds}. Restore it, or point REPORT_CONTENT_DIR at the content folder.`,
      );
      // Stopped while reading the content, before any page was rendered.
      expect(output).not.toContain('generating static routes');
      expect(status).not.toBe(0);
    });

    // The site's preview image is the report's picture, so it is content; it is read when its file is written.
    test.concurrent('a missing og-image.png stops the build, naming it', async () => {
      const { contentDir, status, output } = await buildFixture('missing-og-image', { remove: ['og-image.png'] });
      expect(output).toContain(
        `${contentDir}/og-image.png is missing: it is the site's preview image (a 1200×630 PNG picturing the report), shown for pages with none of their own. Add one for this report.`,
      );
      expect(status).not.toBe(0);
    });

    // Which values of SITE_URL and BASE_PATH are refused, and the message for each, are unit tests
    // (site-url.test.ts, base-path.test.ts); a build proves once per variable that the message stops it.
    test.concurrent.each([
      ['BASE_PATH', 'report/', 'BASE_PATH "report/" is not valid: it must start with /, such as /report/ (or / for the root of the host).'],
      [
        'SITE_URL',
        'https://admin:hunter2@report.example.gov',
        'SITE_URL "https://***@report.example.gov" is not valid: it holds a user name or password, which every page would publish. Expected the public address alone, such as https://postal-report.example.org.',
      ],
    ])('%s=%s stops the build at once with one message: no stack trace, no password', async (variable, value, message) => {
      const { status, output } = await buildFixture(`env-${variable.toLowerCase()}`, { env: { [variable]: value } });
      expect(output.trim()).toBe(message);
      expect(status).not.toBe(0);
    });

    test.concurrent('a symbolic link, a NUL byte and an overlong paragraph stop the build at once, each named where it is', async () => {
      const root = prepareFixture('content-files');
      const sections = path.join(root, 'content', 'sections');
      fs.symlinkSync('/etc/passwd', path.join(sections, 'en', 'beta.mdx'));
      const zh = path.join(sections, 'zh', 'alpha.mdx');
      const lines = fs.readFileSync(zh, 'utf8').split('\n');
      lines[6] = `\u0000${lines[6] ?? ''}`;
      fs.writeFileSync(zh, lines.join('\n'));
      fs.appendFileSync(path.join(sections, 'en', 'alpha.mdx'), `\n${'Express delivery reached the villages. '.repeat(300)}\n`);
      const { status, output } = await astroBuild({ root });
      expect(output).toContain(
        [
          'content/sections/en/alpha.mdx:11: the paragraph that starts here is longer than 10,000 characters, the limit for a paragraph. Split it into paragraphs, with a blank line between them.',
          'content/sections/en/beta.mdx is a symbolic link (to /etc/passwd): the build reads no links, so that nothing outside the content folder is published. Put the file itself here.',
          'content/sections/zh/alpha.mdx:7:1: the text holds the invisible control character U+0000 (NUL), which no content needs (it often comes with text pasted from a PDF or a word processor). Delete it.',
        ].join('\n'),
      );
      expect(output).not.toContain('root:x:0:0');
      expect(output).not.toMatch(/^\s+at /m);
      expect(status).not.toBe(0);
    });

    test.concurrent(
      'code in a section and a list nested 200 levels deep: the section guard names every one, in reading order, and the build stops without a crash',
      async () => {
        // 500 levels (the depth that crashed the build with SIGSEGV) gives the same message, after about
        // 30 s more of parsing: the parser's time grows with the square of the depth.
        const root = prepareFixture('code-in-section');
        const nested = Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
        fs.appendFileSync(path.join(root, 'content', 'sections', 'en', 'alpha.mdx'), `\n${nested}\n`);
        const { status, output } = await astroBuild({ root });
        expect(output).toContain(
          [
            `content/sections/en/alpha.mdx:7: import and export are code, which sections may not hold; the components are provided without an import. ${allowedInSections}`,
            `content/sections/en/alpha.mdx:9: {process.env.HOME} is a JavaScript expression, which sections may not hold: it would run when the site is built and publish its result. Write the text itself; a number is a <Stat id="..."/>.`,
            `content/sections/en/alpha.mdx:9: the attribute onclick on <span> is an event handler, which runs script: sections may not hold one.`,
            `content/sections/en/alpha.mdx:11: <script> is not allowed in a section. ${allowedInSections}`,
            'content/sections/en/alpha.mdx:23: lists and quotes are nested more than 8 levels deep here; the limit is 8. Flatten them: deeper nesting is not readable, and the build cannot compile it.',
            // Astro's location of the error, kept where it is a content file (src/integrations/build-output.ts).
            `  in ${root}/content/sections/en/alpha.mdx`,
            '(The stack trace is left out: run with SHOW_STACK_TRACES=1 to see it.)',
          ].join('\n'),
        );
        expect(output).not.toMatch(/^\s+at /m);
        expect(status).toBe(1);
      },
    );

    test.concurrent('the formula characters of labels are neutralised in figures.csv and the chart CSV', async () => {
      const { status, output } = await buildFixture('formula-labels');
      expect(status, output).toBe(0);
      const dist = path.join(workDir, 'formula-labels', 'dist');
      const figuresCsv = fs.readFileSync(path.join(dist, 'figures.csv'), 'utf8');
      const chartCsv = fs.readFileSync(path.join(dist, 'data', 'charts', 'alpha-villages.csv'), 'utf8');
      // Each label is one cell, behind a single quote; quoted as a whole where it holds a comma or a quote.
      expect(figuresCsv).toContain(`,'+通快递的村,"'=HYPERLINK(""https://evil.example"",""Villages"")",`);
      expect(figuresCsv).toContain(`,'@直投比例,'-1+1 share,`);
      expect(chartCsv).toContain(`\r\n'-村庄,'+Villages,alpha.villages,`);
      // No cell anywhere starts with a formula character.
      for (const csv of [figuresCsv, chartCsv]) expect(csv).not.toMatch(/(^|,|\r\n)"?[=+\-@\t\r]/);
    });

    test.concurrent('a chart without its English title names the chart file and the field', async () => {
      const { contentDir, status, output } = await buildFixture('chart-missing-english');
      expect(output).toContain('charts → alpha-villages data does not match collection schema.');
      expect(output).toContain('title.en: an English text (en) is required');
      expect(output).toContain(`${contentDir}/charts/alpha-villages.yaml`);
      expect(status).not.toBe(0);
    });
  });
});
