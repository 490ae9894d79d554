import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../src/lib/format/format-figure.ts';
import { figureTitle } from '../../src/lib/format/figure-title.ts';
import { realContent } from '../helpers/site.ts';

/*
 * This report's own content (the 2020 review), against the source text (article-zh.txt): its
 * sections, its numbers and how they read. The code tests compare the built site with whatever
 * content/ holds; these pin what content/ must hold for this report, and next year's report
 * replaces them.
 */
const figures = realContent.figures();
const figure = (id: string) => {
  const found = figures.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`content/figures has no figure ${id}`);
  return found;
};

describe('sections', () => {
  test('the report has its overview and seven sections, under the same names in both languages', () => {
    const slugs = realContent.sectionSlugs('zh');
    expect(slugs).toHaveLength(8);
    expect(slugs).toContain('overview');
    expect(realContent.sectionSlugs('en')).toEqual(slugs);
  });
});

describe('figures', () => {
  /**
   * Every statistic of the source text (the SPB's release, as republished), as it is written there,
   * with its value in base units: kept here, apart from content/figures, so that a figure lost,
   * added or mistyped there shows up as a difference.
   */
  const sourceNumbers: [written: string, value: number][] = [
    ['7000余家企业', 7000],
    ['6项', 6],
    ['36项', 36],
    ['超百亿元', 10_000_000_000],
    ['5个试点省', 5],
    ['36个百分点', 36],
    ['6.2万个建制村', 62_000],
    ['915万件', 9_150_000],
    ['2355处', 2355],
    ['超过50%', 50],
    ['金牌项目60个', 60],
    ['超千万件', 10_000_000],
    ['超百万件', 1_000_000],
    ['项目260个', 260],
    ['超过300亿件', 30_000_000_000],
    ['1087个', 1087],
    ['36个国家', 36],
    ['21.2亿件', 2_120_000_000],
    ['超4400亿元', 440_000_000_000],
    ['1025处', 1025],
    ['590辆', 590],
    ['1.3万个（服务站）', 13_000],
    ['24.5万个建制村', 245_000],
    ['11.4万个', 114_000],
    ['40万组', 400_000],
    ['316个城市', 316],
    ['两个机房', 2],
    ['6大类', 6],
    ['22个应用系统', 22],
    ['29.3万余人次', 293_000],
    ['8423人', 8423],
    ['96人', 96],
    ['四所', 4],
    ['近4000人', 4000],
    ['30所', 30],
    ['1.3万余个（岗位）', 13_000],
    ['600余份', 600],
    ['2500余次', 2500],
    ['9500余家', 9500],
    ['8万余人次', 80_000],
    ['4000余套', 4000],
  ];

  test('the figures are the numbers of the source: one figure per number, with its value', () => {
    const sortValues = (values: number[]) => [...values].sort((a, b) => a - b);
    expect(sortValues(figures.map(({ value }) => value))).toEqual(sortValues(sourceNumbers.map(([, value]) => value)));
  });

  // The site tests check that every page shows formatFigure's text; these pin that text for real figures.
  test.each([
    ['infrastructure.parcel-lockers', '40万组', '400,000 banks of smart parcel lockers'],
    ['two-ins-one-out.direct-to-village-share', '超过50%', 'more than 50%'],
    ['two-ins-one-out.cross-border-volume', '21.2亿件', '2.12 billion items'],
    ['two-ins-one-out.cross-border-retail', '超4400亿元', 'more than CNY 440 billion'],
    ['business-environment.tax-relief-and-subsidies', '超百亿元', 'more than CNY 10 billion'],
    ['talent.college-students', '近4000人', 'nearly 4,000 students'],
  ])('%s reads %s and %s in a sentence', (id, zh, en) => {
    expect(formatFigure(figure(id), 'zh', { context: 'prose' })).toBe(zh);
    expect(formatFigure(figure(id), 'en', { context: 'prose' })).toBe(en);
  });

  test('a figure page’s title states the answer, in the words of the issue that asked for it', () => {
    const report = realContent.report();
    expect(`${figureTitle(figure('two-ins-one-out.cross-border-volume'), 'zh')} | ${report.title.zh}`).toBe(
      '2020年跨境寄递业务量：21.2亿件 | 2020年中国邮政快递业发展回顾',
    );
    expect(`${figureTitle(figure('two-ins-one-out.cross-border-volume'), 'en')} | ${report.title.en}`).toBe(
      'Cross-border delivery volume, 2020: 2.12 billion items | China’s Postal and Express Delivery Sector in 2020',
    );
  });

  test('figures of every qualifier the data page explains: over, and none', () => {
    expect(figures.some(({ qualifier }) => qualifier === 'over')).toBe(true);
    expect(figure('infrastructure.last-mile-stations').qualifier).toBe('none');
  });
});

describe('the source', () => {
  const report = realContent.report();
  const release = realContent.release();

  test('every figure comes from the one release the report is based on', () => {
    expect(new Set(figures.map(({ source }) => source))).toEqual(new Set([report.source]));
  });

  test('the cited release is the SPB’s, under its own title and date, not the site’s title', () => {
    expect(release.title.zh).toBe('邮政快递业发展质效稳步提升 快递直投到村比例超过50%');
    expect(release.publisher).toEqual({ zh: '国家邮政局', en: 'State Post Bureau (SPB)' });
    expect(release.date.toISOString().slice(0, 10)).toBe('2021-01-04');
    expect(release.title.zh).not.toBe(report.title.zh);
  });

  test('the report’s citation key names the publisher and the year of the release', () => {
    expect(report.citationKey).toBe('spb2021review');
  });
});
