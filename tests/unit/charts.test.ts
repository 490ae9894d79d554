import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { toChartConfig } from '../../src/lib/charts/chart-config.ts';
import { buildChartView, chartProblems, checkChart } from '../../src/lib/charts/chart-view.ts';
import { numberCharts } from '../../src/lib/charts/number-charts.ts';
import { collectFigureRefs } from '../../src/lib/content/collect-figure-refs.ts';
import { fillFigureParts, fillFigureText, partsToText, quotedFigureIds } from '../../src/lib/charts/fill-figure-text.ts';
import type { Chart } from '../../src/schemas/chart.ts';
import { unit, type Figure } from '../../src/schemas/figure.ts';
import { localizedText } from '../../src/schemas/localized.ts';

const figure = (value: number, unit: Figure['unit'], label: string, qualifier: Figure['qualifier'] = 'none'): Figure => ({
  id: 'x.y',
  section: 'rural',
  value,
  asWritten: '',
  unit,
  qualifier,
  period: 2020,
  label: localizedText.parse({ zh: `${label}（中）`, en: label }),
  source: 's',
});

const projects = unit.parse({ zh: '个', en: { one: 'project', other: 'projects' } });
const figures = new Map<string, Figure>([
  ['rural.gold', figure(60, projects, 'Gold projects')],
  ['rural.silver', figure(260, projects, 'Million-item projects')],
  ['rural.threshold', figure(10000000, 'items', 'Threshold', 'over')],
  ['rural.share', figure(50, 'percent', 'Share', 'over')],
]);

const text = (zh: string, en: string) => localizedText.parse({ zh, en });
const chart: Chart = {
  section: 'rural',
  type: 'bar',
  title: text('金牌项目', 'Gold projects'),
  caption: text('年业务量{rural.threshold}的项目', 'Projects handling {rural.threshold} a year'),
  description: text('描述', 'Description'),
  valueAxis: text('项目数', 'Projects'),
  figures: [{ figure: 'rural.gold', label: text('金牌', 'Gold') }, { figure: 'rural.silver' }],
};

describe('fillFigureText', () => {
  test('quotes figures from the data, formatted for the locale', () => {
    expect(fillFigureText('年业务量{rural.threshold}！', 'zh', figures, 'f')).toBe('年业务量超千万件！');
    expect(fillFigureText('over {rural.threshold}', 'en', figures, 'f')).toBe('over more than 10 million items');
    expect(fillFigureParts('{rural.gold} and {rural.silver}.', 'zh', figures, 'f')).toEqual([
      { figureId: 'rural.gold', value: 60, text: '60个' },
      ' and ',
      { figureId: 'rural.silver', value: 260, text: '260个' },
      '.',
    ]);
    expect(quotedFigureIds('{rural.gold} and {rural.silver}, not {plain}')).toEqual(['rural.gold', 'rural.silver']);
  });

  test('an unknown figure names the file', () => {
    expect(() => fillFigureText('{rural.nope}', 'en', figures, 'content/charts/c.yaml')).toThrow(
      'content/charts/c.yaml: the text names figure {rural.nope}, but no figure has this id.',
    );
  });
});

describe('buildChartView', () => {
  test('rows come from the figures, in chart order, with label overrides', () => {
    const view = buildChartView('gold', chart, figures, 'en', 'f');
    expect(view.caption).toEqual([
      'Projects handling ',
      { figureId: 'rural.threshold', value: 10000000, text: 'more than 10 million items' },
      ' a year',
    ]);
    expect(view.rows).toEqual([
      { figureId: 'rural.gold', label: 'Gold', labelParts: ['Gold'], value: 60, text: '60 projects', barLabel: '60', period: '2020' },
      {
        figureId: 'rural.silver',
        label: 'Million-item projects',
        labelParts: ['Million-item projects'],
        value: 260,
        text: '260 projects',
        barLabel: '260',
        period: '2020',
      },
    ]);
    const zh = buildChartView('gold', chart, figures, 'zh', 'f');
    expect(zh.rows.map((row) => [row.label, row.text, row.period])).toEqual([
      ['金牌', '60个', '2020年'],
      ['Million-item projects（中）', '260个', '2020年'],
    ]);
  });

  test('an unknown figure names the chart file', () => {
    const broken = { ...chart, figures: [{ figure: 'rural.gld' }] };
    expect(() => checkChart(broken, figures, 'content/charts/gold.yaml')).toThrow(
      'content/charts/gold.yaml: the chart plots figure "rural.gld", but no figure has this id.',
    );
  });

  test('a figure of another section, or a figure listed twice, names the chart file and the figure', () => {
    const withOther = new Map([...figures, ['talent.students', { ...figures.get('rural.gold')!, section: 'talent' }]]);
    const foreign = { ...chart, figures: [{ figure: 'rural.gold' }, { figure: 'talent.students' }] };
    expect(() => checkChart(foreign, withOther, 'content/charts/gold.yaml')).toThrow(
      'content/charts/gold.yaml: the chart plots figure "talent.students" of section "talent", but the chart is in section "rural". A chart plots figures of its own section: list figures of "rural" only, or move the chart.',
    );
    const twice = { ...chart, figures: [{ figure: 'rural.gold' }, { figure: 'rural.silver' }, { figure: 'rural.gold' }] };
    expect(() => checkChart(twice, figures, 'content/charts/gold.yaml')).toThrow(
      'content/charts/gold.yaml: the chart lists figure "rural.gold" twice (figures[0] and figures[2]). Each figure is one bar: list it once.',
    );
  });

  test('figures of different units cannot share an axis', () => {
    const mixed = { ...chart, figures: [{ figure: 'rural.gold' }, { figure: 'rural.share' }] };
    expect(() => checkChart(mixed, figures, 'content/charts/gold.yaml')).toThrow(
      'content/charts/gold.yaml: the chart plots figures in 2 units: 个 / projects (rural.gold); percent (rural.share). A value axis carries one unit: plot figures of one unit, or show them as a table (type: table).',
    );
  });

  test('two counted things with one measure word are still two units', () => {
    const villages = unit.parse({ zh: '个', en: { one: 'village', other: 'villages' } });
    const withVillages = new Map([...figures, ['rural.villages', { ...figures.get('rural.gold')!, unit: villages }]]);
    const mixed = { ...chart, figures: [{ figure: 'rural.gold' }, { figure: 'rural.villages' }] };
    expect(() => checkChart(mixed, withVillages, 'c.yaml')).toThrow(
      'c.yaml: the chart plots figures in 2 units: 个 / projects (rural.gold); 个 / villages (rural.villages).',
    );
  });

  test('a table may hold figures of different units, and needs no value axis', () => {
    const { valueAxis: _, ...rest } = chart;
    const table = { ...rest, type: 'table' as const, figures: [{ figure: 'rural.gold' }, { figure: 'rural.share' }] };
    expect(() => checkChart(table, figures, 'c.yaml')).not.toThrow();
    expect(() => checkChart({ ...table, type: 'bar' }, figures, 'c.yaml')).toThrow('c.yaml: a chart of type bar needs a valueAxis');
  });

  test('every problem of a chart at once, in the order of its fields', () => {
    const broken = {
      ...chart,
      figures: [{ figure: 'rural.gld' }, { figure: 'rural.gold' }, { figure: 'rural.share' }],
      description: localizedText.parse({ zh: '{rural.nope}', en: 'Far more than last year.' }),
    };
    expect(chartProblems(broken, figures, 'c.yaml')).toEqual([
      'c.yaml: the chart plots figure "rural.gld", but no figure has this id.',
      'c.yaml: the chart plots figures in 2 units: 个 / projects (rural.gold); percent (rural.share). A value axis carries one unit: plot figures of one unit, or show them as a table (type: table).',
      'c.yaml: description.zh: the text names figure {rural.nope}, but no figure has this id.',
      expect.stringMatching(/^c\.yaml: description\.en compares: "Far more than"/),
    ]);
    expect(chartProblems(chart, figures, 'c.yaml')).toEqual([]);
  });

  test('a comparison the source does not make stops the chart, unless marked; the marker is not shown', () => {
    const compared = { ...chart, description: localizedText.parse({ zh: '{rural.gold}，明显多于去年。', en: 'Fine.' }) };
    expect(() => checkChart(compared, figures, 'c.yaml')).toThrow('c.yaml: description.zh compares: "明显多于".');
    const marked = { ...chart, description: localizedText.parse({ zh: '{rural.gold}，明显多于去年 {source-compares}。', en: 'Fine.' }) };
    expect(() => checkChart(marked, figures, 'c.yaml')).not.toThrow();
    expect(partsToText(buildChartView('c', marked, figures, 'zh', 'c.yaml').description)).toBe('60个，明显多于去年。');
  });

  test('{id:number} quotes the number without its unit', () => {
    expect(fillFigureText('其中{rural.gold:number}', 'zh', figures, 'f')).toBe('其中60');
  });

  test('Chart.js gets the same rows as the table', () => {
    expect(toChartConfig(buildChartView('gold', chart, figures, 'zh', 'f'), 'zh')).toEqual({
      id: 'gold',
      locale: 'zh',
      type: 'bar',
      valueAxis: '项目数',
      categoryAxis: undefined,
      labels: ['金牌', 'Million-item projects（中）'],
      values: [60, 260],
      barLabels: ['60个', '260个'],
    });
  });
});

describe('numberCharts', () => {
  // The refs as the remark plugin collects them from each section's MDX.
  const refsOf = (mdx: string) => collectFigureRefs(unified().use(remarkParse).use(remarkMdx).parse(mdx));

  test('numbers charts in reading order across sections, once each', () => {
    const numbers = numberCharts([
      refsOf('Text <Stat id="x.y"/>\n\n<Chart id="a" />\n\n<Chart id="b"/>'),
      refsOf('none here'),
      refsOf('<Chart  id="c" />\n\n<Chart id="a" />'),
    ]);
    expect([...numbers]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  test('an id in single quotes is numbered like one in double quotes', () => {
    expect([...numberCharts([refsOf('<Chart id=\'a\'/>\n\n<Chart id="b" />')])]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  test('a chart shown as code in a code block is not counted', () => {
    const mdx = ['```mdx', '<Chart id="example" />', '```', '', 'Text `<Chart id="inline" />`.', '', '<Chart id="real" />'].join('\n');
    expect([...numberCharts([refsOf(mdx)])]).toEqual([['real', 1]]);
  });
});
