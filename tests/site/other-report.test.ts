import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { figureRecordColumns } from '../../src/lib/dataset/figure-records.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { readCsv } from '../helpers/csv.ts';
import { workDir } from '../helpers/fixtures.ts';
import { isolatedProject } from '../helpers/isolated-project.ts';
import { readPage } from '../helpers/site.ts';

/*
 * Any report: tests/fixtures/other-report is a whole publication of its own (a made-up review of an
 * "example sector" in 2023, not an overlay on the valid fixture), built with the code as it is. Its
 * title, year, citation key, chart and downloads must be its own, and nothing of the 2020 postal
 * report may appear in what it builds: the code names no report.
 */
const site = 'https://example-sector.example.org';
let siteDir: string;

beforeAll(async () => {
  const root = isolatedProject(path.join(workDir, 'other-report'), { content: 'tests/fixtures/other-report' });
  const { status, output } = await astroBuild({ root, env: { SITE_URL: site } });
  if (status !== 0) throw new Error(`The other report does not build:\n${output}`);
  siteDir = path.join(root, 'dist');
}, 300_000);

const read = (file: string) => fs.readFileSync(path.join(siteDir, file), 'utf8');
const meta = (urlPath: string, key: string) =>
  readPage(siteDir, urlPath).querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content');

describe('a different report builds with no code change', () => {
  test('its title and publisher, on each language’s home page and in the 404 page’s preview text', () => {
    expect(readPage(siteDir, '/').querySelector('h1')?.text.trim()).toBe('2023年示例行业发展回顾');
    expect(readPage(siteDir, '/en/').querySelector('h1')?.text.trim()).toBe('The Example Sector in 2023');
    expect(readPage(siteDir, '/en/').querySelector('.report-header .meta')?.text).toContain('Example Authority');
    expect(meta('404.html', 'og:image:alt')).toBe('《2023年示例行业发展回顾》中英双语数据报告');
    // The picture those words describe is the report's own, from its content folder.
    expect(meta('404.html', 'og:image')).toBe(`${site}/og-image.png`);
    expect(fs.readFileSync(path.join(siteDir, 'og-image.png')).equals(fs.readFileSync('tests/fixtures/other-report/og-image.png'))).toBe(
      true,
    );
  });

  test('its year: the periods of the data page and the dataset’s temporal coverage', () => {
    const rows = readPage(siteDir, '/en/data/').querySelectorAll('tbody tr');
    const periods = rows.map((row) => row.querySelectorAll('td').at(-2)?.text.trim());
    expect(new Set(periods)).toEqual(new Set(['2023', 'end of 2023']));
    const jsonLd = JSON.parse(readPage(siteDir, '/en/data/').querySelector('script[type="application/ld+json"]')?.text ?? '{}') as Record<
      string,
      unknown
    >;
    expect(jsonLd).toMatchObject({ temporalCoverage: '2023', spatialCoverage: { '@type': 'Place', name: 'Example Region' } });
  });

  test('its citation key, in the reference files of each language and on a statistic’s page', () => {
    expect(read('cite/report.bib')).toMatch(/^@misc\{example2024review-zh,\n/);
    expect(read('en/cite/report.bib')).toMatch(/^@misc\{example2024review-en,\n/);
    const [item] = JSON.parse(read('en/cite/report.json')) as { id: string; title: string }[];
    expect(item?.id).toBe('example2024review-en');
    expect(item?.title).toBe('示例行业2023年产量稳步增长 [Example sector output grows steadily in 2023]');
    const figurePage = readPage(siteDir, '/en/figures/output.widgets-made/');
    expect(figurePage.querySelector('section.cite pre')?.text).toMatch(/^@misc\{example2024review-en-output-widgets-made,\n/);
  });

  test('a statistic’s page is titled with its answer and the report’s title', () => {
    expect(readPage(siteDir, '/figures/output.widgets-made/').querySelector('title')?.text).toBe(
      '2023年示例部件产量：125万件 | 2023年示例行业发展回顾',
    );
    expect(readPage(siteDir, '/en/figures/output.widgets-made/').querySelector('title')?.text).toBe(
      'Example widgets made, 2023: 1.25 million items | The Example Sector in 2023',
    );
  });

  test('its edition: the About page’s date, editors and address for corrections come from its edition.yaml', () => {
    const main = readPage(siteDir, '/en/about/').querySelector('main');
    expect(main?.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-01');
    expect(main?.querySelectorAll('dd').map((dd) => dd.text.trim())).toEqual(
      expect.arrayContaining(['the example editorial team', 'the example translation team']),
    );
    expect(main?.querySelector('a[href="https://example.org/example-authority/corrections"]')).not.toBeNull();
  });

  test('its search page describes the search with its own examples', () => {
    expect(meta('/search/', 'description')).toBe('在本报告的中文版中搜索章节、数据和关键词，例如示例部件。');
    expect(meta('/en/search/', 'description')).toContain('such as example widgets.');
  });

  test('its chart: a figure drawn at build time, with the chart’s own CSV', () => {
    const chart = readPage(siteDir, '/en/output/').querySelector('figure.chart');
    expect(chart?.querySelector('figcaption .title')?.text.trim()).toBe('Example widgets made and exported');
    expect(chart?.querySelectorAll('.chart-picture > svg')).toHaveLength(2);
    expect(chart?.querySelectorAll('tbody tr td data').map((cell) => [cell.getAttribute('data-figure'), cell.text.trim()])).toEqual([
      ['output.widgets-made', '1.25 million'],
      ['output.widgets-exported', '310,000'],
    ]);
    const [header, ...rows] = readCsv(read('data/charts/widget-output.csv'));
    expect(header?.slice(0, 4)).toEqual(['chart_label_zh', 'chart_label_en', 'chart_label_zh-Hant', 'id']);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['产量', 'Made', '產量', 'output.widgets-made'],
      ['出口量', 'Exported', '出口量', 'output.widgets-exported'],
    ]);
  });

  test('its dataset: figures.csv holds its four figures, each row written out in each of its languages', () => {
    const [header = [], ...rows] = readCsv(read('figures.csv'));
    // The columns of its own languages, not of the report this test process reads (figureRecordColumns).
    const localized = ['label', 'text', 'source'].flatMap((field) => ['zh', 'en', 'zh-Hant'].map((locale) => `${field}_${locale}`));
    expect(header).toEqual([...figureRecordColumns.filter((column) => !/_(zh|en)$/.test(column)), ...localized]);
    const byId = new Map(rows.map((row) => [row[0], Object.fromEntries(header.map((column, index) => [column, row[index]]))]));
    expect([...byId.keys()].sort()).toEqual(['output.factories', 'output.widgets-exported', 'output.widgets-made', 'workforce.trained']);
    expect(byId.get('output.factories')).toMatchObject({
      section: 'output',
      value: '320',
      unit: 'count: factories / 家',
      period: 'end of 2023',
      text_zh: '320家（截至2023年底）',
      text_en: '320 factories (end of 2023)',
      'text_zh-Hant': '320家（截至2023年底）',
      source_zh: '示例管理局：《示例行业2023年产量稳步增长》（2024-01-10）',
      'source_zh-Hant': '示例管理局：《示例行業2023年產量穩步增長》（2024-01-10）',
    });
    expect(byId.get('workforce.trained')).toMatchObject({
      qualifier: 'nearly',
      text_zh: '近5000人（2023年）',
      text_en: 'nearly 5,000 workers (2023)',
      'text_zh-Hant': '近5000人（2023年）',
    });
    expect(byId.get('output.widgets-made')).toMatchObject({ 'label_zh-Hant': '示例部件產量', 'text_zh-Hant': '125萬件（2023年）' });
  });

  test('nothing of the 2020 postal report: no page, feed or download names it', () => {
    const textFiles = fs
      .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(html|xml|txt|csv|json|bib|ris)$/.test(file));
    expect(textFiles.length).toBeGreaterThan(20);
    // Years as words, not digits inside a hash (sha256-…, /_astro/x.Ab2020.css).
    const named = textFiles.filter((file) =>
      /邮政|快递|postal|State Post Bureau|\bSPB\b|spb20|(?<![\w+/=-])202[01](?![\w+/=])/iu.test(read(file)),
    );
    expect(named).toEqual([]);
  });
});

/*
 * Any locale: the fixture publishes a third language the code has no UI strings for, Traditional
 * Chinese, declared in its report.yaml (locales: [zh, en, zh-Hant]) with its strings in
 * ui/zh-Hant.yaml and its sections in sections/zh-Hant/. The readers' checks ran in its build.
 */
describe('a third locale, with its UI strings from the publication', () => {
  const sections = ['overview', 'output', 'workforce'];

  test('its pages live under /zh-hant/, in <html lang="zh-Hant">, each with its section', () => {
    for (const slug of ['', ...sections, 'data', 'glossary', 'about', 'search', 'figures/output.widgets-made']) {
      expect(
        readPage(siteDir, path.posix.join('/zh-hant', slug, '/'))
          .querySelector('html')
          ?.getAttribute('lang'),
        slug,
      ).toBe('zh-Hant');
    }
    expect(readPage(siteDir, '/zh-hant/output/').querySelector('h1')?.text.trim()).toBe('產量');
    expect(readPage(siteDir, '/zh-hant/').querySelector('h1')?.text.trim()).toBe('2023年示例行業發展回顧');
  });

  test('hreflang and the language switch name all three languages, on every language’s page', () => {
    for (const prefix of ['', '/en', '/zh-hant']) {
      const page = readPage(siteDir, `${prefix}/output/`);
      const alternates = page
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
      expect(alternates, prefix).toEqual([
        ['zh-CN', `${site}/output/`],
        ['en', `${site}/en/output/`],
        ['zh-Hant', `${site}/zh-hant/output/`],
        ['x-default', `${site}/output/`],
      ]);
      expect(page.querySelectorAll('.language-switch li').map((item) => item.text.trim())).toEqual(['简体中文', 'English', '繁體中文']);
    }
    expect(read('sitemap-0.xml')).toContain(`hreflang="zh-Hant" href="${site}/zh-hant/output/"`);
  });

  test('its UI strings are the fixture’s own, not the Simplified ones', () => {
    const page = readPage(siteDir, '/zh-hant/output/');
    expect(page.querySelector('.language-switch')?.getAttribute('aria-label')).toBe('語言');
    const navigation = page.querySelectorAll('header a, nav a').map((link) => link.text.trim());
    expect(navigation).toEqual(expect.arrayContaining(['首頁', '數據與來源']));
    expect(page.text).not.toContain('数据与来源');
  });

  test('its numbers and words are Traditional: 萬, 餘, the chart’s axis, the figure page’s title', () => {
    const statistics = readPage(siteDir, '/zh-hant/output/')
      .querySelectorAll('main data[data-figure]')
      .map((cell) => cell.text.trim());
    expect(statistics).toEqual(expect.arrayContaining(['125萬件', '31萬件', '320家']));
    expect(readPage(siteDir, '/zh-hant/workforce/').querySelector('main data[data-figure]')?.text.trim()).toBe('近5000人');
    expect(readPage(siteDir, '/zh-hant/figures/output.widgets-made/').querySelector('title')?.text).toBe(
      '2023年示例部件產量：125萬件 | 2023年示例行業發展回顧',
    );
    expect(fs.existsSync(path.join(siteDir, 'data/charts/widget-output.zh-Hant.png'))).toBe(true);
  });
});

describe('a language the publication supplies, with a UI string missing and one without its placeholder', () => {
  test('stops the build, naming the file and the key of each', async () => {
    const root = isolatedProject(path.join(workDir, 'other-report-missing-string'), { content: 'tests/fixtures/other-report' });
    const strings = path.join(root, 'content/ui/zh-Hant.yaml');
    const lines = fs.readFileSync(strings, 'utf8').split('\n');
    const conference = '"home.conference": "{name}（{date}，{place}）"';
    expect(lines).toContain(conference);
    fs.writeFileSync(
      strings,
      lines
        .filter((line) => !line.startsWith('"nav.home":'))
        .map((line) => (line === conference ? '"home.conference": "{name}（{date}）"' : line))
        .join('\n'),
    );
    const { status, output } = await astroBuild({ root, env: { SITE_URL: site } });
    expect(status).not.toBe(0);
    expect(output).toContain(
      [
        'content/ui/zh-Hant.yaml does not match the UI strings schema:\n  - nav.home: missing: every locale needs this string',
        'content/ui/zh-Hant.yaml: "home.conference" has {date}, {name}, but the pages fill {date}, {name}, {place} (as in src/i18n/ui/en.json). Keep the placeholders as they are, each in braces; translate the words around them.',
      ].join('\n'),
    );
  }, 300_000);
});
