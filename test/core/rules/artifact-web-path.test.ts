// artifact-web on a breadcrumb that has no 首页 (文昌市水务局 > 信息公开 > 政府信息公开年报; issue
// #12, hL): short segments joined by >, one of them a site section. Prose with a > is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';

const BODY = ['某某市水务局2023年政府信息公开工作年度报告', '一、总体情况', '2023年,本单位主动公开政府信息共计158条。', '二、主动公开政府信息情况'];
const web = (text: string) => lint(text).findings.filter((f) => f.rule === 'artifact-web');

test('a breadcrumb without 首页 is chrome', () => {
  assert.equal(classifyChrome('某某市水务局 > 信息公开 > 政府信息公开年报')?.zh, '导航路径');
  const text = ['分享到:', '某某市水务局 > 信息公开 > 政府信息公开年报', ...BODY].join('\n');
  const lines = web(text).map((f) => text.slice(0, f.start).split('\n').length);
  assert.deepEqual(lines, [1, 2]);
});

test('lines with > that are not a path', () => {
  for (const s of ['增长率>5%的企业有3家>去年', '甲>乙>丙', '办结率>95%,满意度>98%。', '某某局 > 信息公开']) assert.equal(classifyChrome(s), null, s);
});
