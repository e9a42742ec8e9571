// artifact-web (mX harvest): a site header's weather box (温度:… 天气现象:… 风向风速:…) and an
// accessibility toolbar one button a line that ends in a user-space link are chrome. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOf, TOWN_REPORT, web } from './web-findings';

const body = TOWN_REPORT;

test('the weather box of a site header is chrome', () => {
  for (const head of ['温度:21-30℃ 天气现象:晴转多云,傍晚有阵雨 风向风速:东南风2-3级', '温度:-3~5℃ 天气:小雪']) {
    const text = [head, '', ...body].join('\n');
    assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1], head);
  }
});

test('a temperature in the report text is not chrome', () => {
  for (const line of ['温度:全年平均气温21℃,较上年上升。', '天气现象:多云']) {
    const text = [...body, line].join('\n');
    assert.deepEqual(web(text), [], line);
  }
});

test('an accessibility toolbar one button a line, with the user-space link, is chrome', () => {
  const text = ['页面', '配色', '辅助线', '重置', '简体版| 繁体版| 智能问答 用户空间', '支持IPv6', '', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 2, 3, 4, 5, 6]);
});

test('a screen-reader hint above the article is chrome; the same words in a sentence are not', () => {
  const text = ['正文内容区域请使用tab按钮切换浏览', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1]);
  const prose = [...body, '网站改版后,正文内容区域请使用tab按钮切换浏览的提示已加入读屏功能。'].join('\n');
  assert.deepEqual(web(prose), []);
});
