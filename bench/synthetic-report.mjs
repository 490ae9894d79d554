// @ts-check
/*
 * Synthetic publications for the build-scale benchmark: N sections per language, each with its
 * own figures file, key figures and several <Stat>s in running text, in the shape of the real
 * report. Written with plain file operations so the benchmark measures the build, not this.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { formatFigure } from '../src/lib/format/format-figure.ts';

/**
 * A name for section `index` in letters (a, b, …, z, ba, …): titles and descriptions may not hold
 * numbers of three or more digits, which the prose check would take for typed statistics.
 * @param {number} index
 */
function lettersOf(index) {
  let name = '';
  let rest = index;
  do {
    name = String.fromCharCode(97 + (rest % 26)) + name;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return name;
}

/** @param {number} index */
export const slugOf = (index) => `section-${String(index + 1).padStart(4, '0')}`;

/** @param {string} slug @param {number} index */
function figuresFile(slug, index) {
  /** @type {Record<string, unknown>[]} */
  const figures = [
    {
      id: `${slug}.villages`,
      value: 1000 + index * 37,
      unit: { zh: '个', en: { one: 'village', other: 'villages' } },
      period: 2020,
      label: { zh: '通快递的建制村', en: 'Villages reached by express delivery' },
    },
    {
      id: `${slug}.share`,
      value: 10 + (index % 80),
      unit: 'percent',
      qualifier: 'over',
      period: { endOf: 2020 },
      label: { zh: '直投到村比例', en: 'Share delivered directly to villages' },
    },
    {
      id: `${slug}.parcels`,
      value: 2.12e9 + index * 1e6,
      unit: 'items',
      period: 2020,
      label: { zh: '农村地区收投快件', en: 'Parcels handled in rural areas' },
    },
    {
      id: `${slug}.funds`,
      value: 8.6e8 + index * 1e5,
      unit: 'yuan',
      qualifier: 'about',
      period: 2020,
      label: { zh: '减免税费和补助', en: 'Tax relief and subsidies' },
    },
    // Plotted beside `parcels` by the section's chart, not written in the text.
    {
      id: `${slug}.parcels-last-year`,
      value: 1.9e9 + index * 1e6,
      unit: 'items',
      period: 2019,
      label: { zh: '上年农村地区收投快件', en: 'Parcels handled in rural areas the year before' },
    },
  ];
  // A synthetic figure has no source text: it is written as the site writes it.
  return yaml.dump({
    source: 'spb-2021-work-conference',
    figures: figures.map((figure) => ({
      ...figure,
      asWritten: formatFigure(/** @type {any} */ ({ qualifier: 'none', ...figure }), 'zh', { context: 'prose' }),
    })),
  });
}

/**
 * One chart per synthetic section (content/charts/<id>.yaml and its `<Chart id="..."/>`), like
 * the real report's: it plots two of the section's figures and quotes one in its description.
 * Only written when src/content.config.ts has a charts collection.
 * @param {string} slug
 * @returns {Record<string, string>} file name in content/charts/ → YAML text
 */
function chartFiles(slug) {
  return {
    [`${slug}-parcels.yaml`]: yaml.dump({
      section: slug,
      type: 'bar',
      title: { zh: '农村地区快件量', en: 'Rural parcel volume' },
      caption: { zh: '农村地区收投快件', en: 'Parcels handled in rural areas' },
      description: { zh: `农村地区收投快件{${slug}.parcels}。`, en: `Rural areas handled {${slug}.parcels}.` },
      valueAxis: { zh: '快件（件）', en: 'Items' },
      figures: [{ figure: `${slug}.parcels` }, { figure: `${slug}.parcels-last-year` }],
    }),
  };
}
/** @param {string} slug */
function chartLine(slug) {
  return `\n<Chart id="${slug}-parcels" />\n`;
}

/** @param {string} projectRoot */
export function hasChartsCollection(projectRoot) {
  return /\bcharts\s*:/.test(fs.readFileSync(path.join(projectRoot, 'src/content.config.ts'), 'utf8'));
}

/** @param {string} slug @param {number} order @param {boolean} withCharts */
function zhSection(slug, order, withCharts) {
  return `---
title: 农村寄递（${lettersOf(order)}）
description: 合成的一节（${lettersOf(order)}），用于测量大型报告的构建时间。
order: ${order}
---

2020年，国家邮政局继续推动快递进村。全国<Stat id="${slug}.villages"/>建制村通了快递，直投比例<Stat id="${slug}.share"/>。

<KeyFigures ids={["${slug}.villages", "${slug}.share", "${slug}.parcels"]} />

## 主要进展

农村地区全年收投快件<Stat id="${slug}.parcels"/>，为企业减免税费和争取补助<Stat id="${slug}.funds"/>。各地因地制宜，推动邮政、快递和交通运输企业合作，末端服务能力不断增强，群众寄递更加便利。
${withCharts ? chartLine(slug) : ''}
## 下一步

国家邮政局将继续完善农村寄递物流体系，提升服务质量，让更多农村群众享受到便捷的寄递服务。
`;
}

/** @param {string} slug @param {number} order @param {boolean} withCharts */
function enSection(slug, order, withCharts) {
  return `---
title: Rural delivery (${lettersOf(order)})
description: A synthetic section (${lettersOf(order)}), used to measure build time for a large report.
order: ${order}
---

In 2020 the State Post Bureau kept taking express delivery into villages. Express delivery reached <Stat id="${slug}.villages"/>, and <Stat id="${slug}.share"/> of parcels were delivered directly to them.

<KeyFigures ids={["${slug}.villages", "${slug}.share", "${slug}.parcels"]} />

## Main results

Rural areas sent and received <Stat id="${slug}.parcels"/> over the year, and tax relief and subsidies for businesses came to <Stat id="${slug}.funds"/>. Local authorities encouraged postal, express and transport companies to work together, so last-mile services grew stronger and sending parcels became easier.
${withCharts ? chartLine(slug) : ''}
## Next steps

The SPB will keep improving the rural delivery and logistics system and the quality of its services, so that more people in the countryside can send and receive parcels with ease.
`;
}

/**
 * Writes a publication of `count` sections per language into `dir`, reusing the real report's
 * report.yaml (with key figures of the synthetic sections), sources.yaml, edition.yaml, glossary.yaml and og-image.png.
 * @param {{ dir: string, count: number, projectRoot: string }} options
 */
export function writeSyntheticReport({ dir, count, projectRoot }) {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const folder of ['figures', 'charts', 'sections/zh', 'sections/en']) fs.mkdirSync(path.join(dir, folder), { recursive: true });
  const withCharts = hasChartsCollection(projectRoot);
  fs.copyFileSync(path.join(projectRoot, 'content/sources.yaml'), path.join(dir, 'sources.yaml'));
  // The site's preview image is content since issue 24; an older checkout keeps it in public/.
  if (fs.existsSync(path.join(projectRoot, 'content/og-image.png'))) {
    fs.copyFileSync(path.join(projectRoot, 'content/og-image.png'), path.join(dir, 'og-image.png'));
  }
  if (fs.existsSync(path.join(projectRoot, 'content/edition.yaml'))) {
    fs.copyFileSync(path.join(projectRoot, 'content/edition.yaml'), path.join(dir, 'edition.yaml'));
  }
  // The glossary page lists the real report's terms; the synthetic sections mark none.
  if (fs.existsSync(path.join(projectRoot, 'content/glossary.yaml'))) {
    fs.copyFileSync(path.join(projectRoot, 'content/glossary.yaml'), path.join(dir, 'glossary.yaml'));
  }
  const report = /** @type {{ report: { keyFigures: string[] } }} */ (
    yaml.load(fs.readFileSync(path.join(projectRoot, 'content/report.yaml'), 'utf8'))
  );
  report.report.keyFigures = [`${slugOf(0)}.villages`, `${slugOf(0)}.share`, `${slugOf(0)}.parcels`];
  fs.writeFileSync(path.join(dir, 'report.yaml'), yaml.dump(report));
  for (let index = 0; index < count; index++) {
    const slug = slugOf(index);
    fs.writeFileSync(path.join(dir, 'figures', `${slug}.yaml`), figuresFile(slug, index));
    fs.writeFileSync(path.join(dir, 'sections/zh', `${slug}.mdx`), zhSection(slug, index + 1, withCharts));
    fs.writeFileSync(path.join(dir, 'sections/en', `${slug}.mdx`), enSection(slug, index + 1, withCharts));
    if (withCharts) {
      for (const [name, text] of Object.entries(chartFiles(slug))) fs.writeFileSync(path.join(dir, 'charts', name), text);
    }
  }
  return { withCharts };
}
