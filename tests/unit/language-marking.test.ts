import { describe, expect, test } from 'vitest';
import { formatLanguageRun, unmarkedLanguageRuns } from '../../src/lib/site-checks/language-marking.ts';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>标题 Title</title></head><body>${body}</body></html>`;

describe('unmarkedLanguageRuns', () => {
  test.each([
    [
      'Chinese on an English page',
      page('en', '<p>The 快递进村 project, and 两进一出。</p>'),
      [
        { lang: 'en', text: '快递进村' },
        { lang: 'en', text: '两进一出' },
      ],
    ],
    [
      'Chinese with punctuation between is one run',
      page('en', '<p>Named 快递进村、进厂 here</p>'),
      [{ lang: 'en', text: '快递进村、进厂' }],
    ],
    [
      'English phrases on a Chinese page',
      page('zh-CN', '<p>页面 Page not found，或 SPB。</p>'),
      [
        { lang: 'zh-CN', text: 'Page not found' },
        { lang: 'zh-CN', text: 'SPB' },
      ],
    ],
    [
      'an element in English inside a Chinese page is English',
      page('zh-CN', '<div lang="en"><p>Back to 首页</p></div>'),
      [{ lang: 'en', text: '首页' }],
    ],
    ['a word with digits is one word', page('zh-CN', '<p>支持 HTTP2 协议</p>'), [{ lang: 'zh-CN', text: 'HTTP2' }]],
    // By the script of the tag's language, not by its name: Traditional Chinese and British English are checked as zh-CN and en are.
    [
      'English on a Traditional Chinese page',
      page('zh-Hant', '<p>頁面 Page not found。</p>'),
      [{ lang: 'zh-Hant', text: 'Page not found' }],
    ],
    ['Traditional Chinese on a British English page', page('en-GB', '<p>The 快遞進村 project</p>'), [{ lang: 'en-GB', text: '快遞進村' }]],
    ['nothing in a language whose script neither rule knows, or under no lang', page('ru', '<p>Привет 你好</p>'), []],
  ])('finds %s', (_, html, expected) => {
    expect(unmarkedLanguageRuns(html)).toEqual(expected);
  });

  test.each([
    ['marked Chinese on an English page', page('en', '<p>Switch to <a lang="zh-CN">简体中文</a> or <span lang="zh">中文</span></p>')],
    ['marked English on a Chinese page', page('zh-CN', '<p>请看<span lang="en">Page not found</span>。</p>')],
    ['digits, units and allowed format names on a Chinese page', page('zh-CN', '<p>2020年增长50%，CSV，UTF-8编码，JSON，PNG。</p>')],
    [
      'code, scripts, styles and translate="no"',
      page(
        'zh-CN',
        '<p><code>npm run build</code><a translate="no">figures.csv</a></p><script>var x = 1;</script><style>p { color: red }</style>',
      ),
    ],
    ['the head: <title> cannot carry markup', page('en', '<p>Fine</p>')],
  ])('allows %s', (_, html) => {
    expect(unmarkedLanguageRuns(html)).toEqual([]);
  });
});

describe('formatLanguageRun', () => {
  test.each([
    [{ lang: 'en', text: '快递进村' }, '/en/talent/: "快递进村" is Chinese in English text; mark it <span lang="zh-CN">快递进村</span>.'],
    [
      { lang: 'zh-CN', text: 'Page not found' },
      '/en/talent/: "Page not found" is English in Chinese text; mark it <span lang="en">Page not found</span> (or translate="no" on a file name or code).',
    ],
  ])('%o', (run, message) => {
    expect(formatLanguageRun('/en/talent/', run)).toBe(message);
  });
});
