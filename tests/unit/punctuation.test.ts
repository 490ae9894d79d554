import { describe, expect, test } from 'vitest';
import { formatPunctuationSlip, punctuationSlips } from '../../src/lib/site-checks/punctuation.ts';

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
const messages = (html: string) => punctuationSlips(html).map((slip) => formatPunctuationSlip('/p/', slip));

describe('punctuation on a Chinese page', () => {
  test.each([
    ['<p>共有6.2万个, 直投</p>', '/p/: "个," in the text has half-width "," beside Chinese; write "个，".'],
    ['<p>试点;推进</p>', '/p/: "点;" in the text has half-width ";" beside Chinese; write "点；".'],
    ['<p>数据表: 网络</p>', '/p/: "表:" in the text has half-width ":" beside Chinese; write "表：".'],
    ['<p>快件箱(信包箱</p>', '/p/: "箱(" in the text has half-width "(" beside Chinese; write "箱（".'],
    ['<p>(信包箱</p>', '/p/: "(信" in the text has half-width "(" beside Chinese; write "（信".'],
  ])('%s', (body, message) => {
    expect(messages(page('zh-CN', body))).toEqual([message]);
  });

  test('in aria-label, title and alt', () => {
    expect(messages(page('zh-CN', '<div aria-label="数据表: 网络"></div><a title="图(一)">x</a><img alt="图,一">'))).toEqual([
      '/p/: "表:" in the aria-label attribute has half-width ":" beside Chinese; write "表：".',
      '/p/: "图(" in the title attribute has half-width "(" beside Chinese; write "图（".',
      '/p/: "一)" in the title attribute has half-width ")" beside Chinese; write "一）".',
      '/p/: "图," in the alt attribute has half-width "," beside Chinese; write "图，".',
    ]);
  });

  test('full-width punctuation, half-width between Latin words, English and code pass', () => {
    expect(
      messages(page('zh-CN', '<p>共有，直投（信包箱）：是</p><p>CSV, JSON</p><span lang="en">Beijing (China)</span><code>a(b)</code>')),
    ).toEqual([]);
  });
});

describe('apostrophes on an English page', () => {
  test('a straight apostrophe in text or in an attribute is a slip; a curly one is not', () => {
    expect(messages(page('en', '<p>China\'s sector</p><p>couriers’ rights</p><div aria-label="SPB\'s data"></div>'))).toEqual([
      `/p/: "China's" in the text has a straight apostrophe; write ’ (U+2019).`,
      `/p/: "SPB's" in the aria-label attribute has a straight apostrophe; write ’ (U+2019).`,
    ]);
  });

  test('Chinese text marked lang="zh-CN" on an English page is checked as Chinese', () => {
    expect(messages(page('en', '<span lang="zh-CN">快递,进村</span>'))).toEqual([
      '/p/: "递," in the text has half-width "," beside Chinese; write "递，".',
    ]);
  });
});
