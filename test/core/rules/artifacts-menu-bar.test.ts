// artifact-web: a site's menu bar copied on one line above the report (issue #12, hN:
// “首   页 走进汉台 新闻中心 政府信息公开 政务服务 互动交流 专题专栏”).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const BODY = [
  '',
  '某某区某某镇人民政府2025年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '2025年,我镇累计主动公开政务信息数145条。',
];

function menu(text: string) {
  return lint(text).findings.filter((f) => f.rule === 'artifact-web' && f.message.includes('栏目菜单'))
    .map((f) => text.slice(f.start, f.end));
}

test('a one-line menu bar of channel names at the top is web chrome', () => {
  const bar = '首   页 走进某区 新闻中心 政府信息公开 政务服务 互动交流 专题专栏';
  assert.deepEqual(menu([bar, ...BODY].join('\n')), [bar]);
});

test('a line of words without a site channel, or one inside the report, is no menu bar', () => {
  assert.deepEqual(menu(['加强领导 完善制度 丰富载体 强化监督 注重实效', ...BODY].join('\n')), []);
  assert.deepEqual(menu([...BODY, '首页 新闻中心 政务服务 互动交流 专题专栏'].join('\n')), []);
});

test('a top menu of site channels one a line (首页 / 政务公开 / 某快办 / 互动交流) is web chrome', () => {
  const items = ['首页', '', '政务公开', '', '某快办', '', '互动交流', ''];
  assert.deepEqual(menu([...items, '您当前的位置: 首页>政务公开>年度报告', ...BODY].join('\n')), ['首页', '政务公开', '某快办', '互动交流']);
  // One site channel among other short lines is no menu.
  assert.deepEqual(menu(['首页', '', '加强领导', '', '完善制度', '', '强化监督', ...BODY].join('\n')), []);
});
