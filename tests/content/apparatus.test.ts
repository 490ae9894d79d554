import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/ui/en.json';
import zh from '../../src/i18n/ui/zh.json';
import { realContent } from '../helpers/site.ts';

/*
 * The site's own words around the source (headings, labels, glossary, summaries) say no more than
 * the source (EDITORIAL.md, "The apparatus"). These checks read the content files as editors write
 * them; what only a reader can judge is listed under docs/editing.md's table of checks.
 */

/**
 * The source's own section headings, typed here from the release (article-zh.txt), one per
 * section in its order: the Chinese section titles must be these, word for word. The overview
 * has no heading in the source; its title is the site's.
 */
const sourceHeadings: Record<string, string> = {
  'business-environment': '营商环境不断优化',
  'postal-services': '邮政服务创新发展见成效',
  'two-ins-one-out': '“两进一出”工程启动',
  infrastructure: '基础设施建设不断加强',
  technology: '科技创新水平不断提升',
  talent: '行业人才队伍建设不断强化',
  couriers: '快递员合法权益得到切实维护',
};

describe('Chinese section headings', () => {
  test('every section but the overview has the source’s heading, word for word', () => {
    const slugs = realContent.sectionSlugs('zh').filter((slug) => slug !== 'overview');
    expect(slugs.sort()).toEqual(Object.keys(sourceHeadings).sort());
    for (const slug of slugs)
      expect(realContent.frontMatter('zh', slug).title, `content/sections/zh/${slug}.mdx`).toBe(sourceHeadings[slug]);
  });

  test('the sections are in the source’s order', () => {
    const order = (slug: string) => realContent.frontMatter('zh', slug).order;
    const slugs = Object.keys(sourceHeadings);
    expect([...slugs].sort((a, b) => order(a) - order(b))).toEqual(slugs);
  });
});

interface ChartFile {
  figures: { figure: string; label?: { zh: string; en: string } }[];
}

/** Every label a reader may see alone: the figures' own, and the labels charts give them. */
function standaloneLabels(): [where: string, label: string][] {
  const figureLabels = realContent.figures().flatMap((figure): [string, string][] => [
    [`content/figures/${figure.section}.yaml: ${figure.label.zh}`, figure.label.zh],
    [`content/figures/${figure.section}.yaml: ${figure.label.en}`, figure.label.en],
  ]);
  const chartDir = path.resolve('content/charts');
  const chartLabels = fs.readdirSync(chartDir).flatMap((name) => {
    const chart = yaml.load(fs.readFileSync(path.join(chartDir, name), 'utf8')) as ChartFile;
    return chart.figures.flatMap(({ label }): [string, string][] =>
      label === undefined
        ? []
        : [
            [`content/charts/${name}`, label.zh],
            [`content/charts/${name}`, label.en],
          ],
    );
  });
  return [...figureLabels, ...chartLabels];
}

describe('labels stand alone', () => {
  // A label shown in a title, a card, a table or the CSV has no sentence before it to lean on.
  const leaning = /^\s*(其中|of whom|of which|among them)/iu;

  test('no figure or chart label starts with 其中, “Of whom” or the like', () => {
    const labels = standaloneLabels();
    expect(labels.length).toBeGreaterThan(90);
    expect(labels.filter(([, label]) => leaning.test(label))).toEqual([]);
  });

  test('the pattern catches the labels that needed rewriting', () => {
    expect(leaning.test('其中取得高级职称的人数')).toBe(true);
    expect(leaning.test('Of whom, awarded a senior professional title')).toBe(true);
    expect(leaning.test('通过评审、取得高级职称的人数')).toBe(false);
  });
});

/**
 * Words that once said more than the source, or said it in words a translator would not sign:
 * each is named with what the source says instead. Content that brings one back fails here.
 */
const removedWords: [RegExp, string][] = [
  [/即快递进村|进厂|出海/u, 'the source does not define 两进一出'],
  [
    /into villages and (into )?factories|out to overseas markets|Two Ins, One Out”? programme:/iu,
    'the source does not define “Two Ins, One Out”',
  ],
  [/regulatory information system/iu, 'the source gives 绿盾 no appositive'],
  [/delivery-vehicle|express-vehicle/iu, '车辆通行政策 is “vehicle access policies”'],
  [/courier care station/iu, '爱心驿站 are “care stations”, not only for couriers'],
  [/policy documents?\b/iu, '关心关爱快递员文件 are documents on caring for couriers'],
  [/person-times?|trained .{0,60}times/iu, '人次: say what was counted'],
  [/new-type standards/iu, '新型邮政业标准体系 is “a new standards system”'],
  [/extensive activities/iu, '深入开展 is “pressed ahead with”'],
  [/with other plans/iu, '有力推进 is “strong progress”, with no other plans'],
  [/持续用力|\bsolid(ly)?\b/iu, 'a lead or summary adds no judgement'],
  [/会上回顾|presented at the|conference reviewed|reviewed 2020/iu, 'the source puts the conference and the review side by side'],
  [/确数|exact figure/iu, 'no qualifier is not “exact”'],
  [/依托西部/u, '实施 is “implemented”'],
];

/** Every file of the publication's own words: sections, figures, charts, glossary, report. */
function contentFiles(): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  return [...walk(path.resolve('content')), path.resolve('src/i18n/ui/zh.json'), path.resolve('src/i18n/ui/en.json')];
}

describe('words the source does not support', () => {
  test.each(removedWords)('%s does not come back (%s)', (pattern) => {
    const found = contentFiles().flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => [`${path.relative(process.cwd(), file)}:${index + 1}`, line] as const)
        .filter(([, line]) => !line.trimStart().startsWith('#') && pattern.test(line))
        .map(([where]) => where),
    );
    expect(found).toEqual([]);
  });
});

describe('glossary notes', () => {
  const glossary = yaml.load(fs.readFileSync(path.resolve('content/glossary.yaml'), 'utf8')) as {
    id: string;
    en: string;
    note?: { zh: string; en: string };
  }[];
  const term = (id: string) => glossary.find((entry) => entry.id === id);

  test('terms the source does not explain are given no explanation, only a note that says so', () => {
    expect(term('two-ins-one-out')?.en).toBe('“Two Ins, One Out” programme');
    expect(term('two-ins-one-out')?.note?.en).toMatch(/^The source does not say/u);
    expect(term('green-shield')?.en).toBe('Green Shield project');
  });

  test('the glossary page marks a note as this edition’s, not the source’s', () => {
    expect(zh['glossary.note']).toBe('本站注：');
    expect(en['glossary.note']).toBe('This edition’s note: ');
  });
});
