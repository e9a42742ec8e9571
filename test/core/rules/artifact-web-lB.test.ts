// artifact-web (issue #12, lB): a site header's greeting (欢迎登录某某市司法局官方网站), a bare share label
// (分享: / 分享), breadcrumbs led by 当前页面:, page headers with 年月日 dates and empty counters, a
// metadata table whose 索引号 lost its prefix; each a whole line. Sentences with the same words stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { buildRuleOfLaw, findings, where } from './build';

const found = (text: string) => findings(text, 'artifact-web', lintAnalysis(analyze(text), [artifactWeb]));
const above = (lines: string[]) => lines.map((l) => l + '\n').join('') + buildRuleOfLaw();

test('the greeting and a bare share label: one warning per line, the whole line', () => {
  const lines = ['欢迎登录某某市司法局官方网站', '欢迎访问某某区人民政府门户网站', '分享:', '分享'];
  const text = above(lines);
  const fs = found(text);
  assert.deepEqual(fs.map((f) => where(text, f).slice), lines);
  assert.ok(fs.every((f) => f.severity === 'warning'));
  assert.match(fs[0].message, /^网页残留（网站页头）：“欢迎登录某某市司法局官方网站”不属于报告内容/);
});

test('report sentences with the same words stay', () => {
  const text = buildRuleOfLaw('\n欢迎登录区政府网站查询办事指南。\n分享经验做法，推广典型案例。');
  assert.deepEqual(found(text), []);
});

test('a breadcrumb led by 当前页面: (not only 当前位置:) is chrome', () => {
  const line = '当前页面: 首页  > 政府信息公开 > 部门信息公开目录 > 某某镇 > 信息公开年度报告';
  const text = above([line]);
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, line);
  assert.match(fs[0].message, /导航路径/);
  // (A sentence about the current page stays.)
  assert.deepEqual(found(buildRuleOfLaw('\n当前页面显示的办事指南已更新。')), []);
});

test('a page header led by 日期: with a date in 年月日 and an empty counter (点击:[])', () => {
  const line = '日期:2021年01月05日   作者:   来源:某某乡    点击:[]';
  const text = above([line]);
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, line);
  assert.equal(fs[0].severity, 'warning'); // (the counter is certain chrome)
  // Alone, 日期:2021年01月05日 may be the report's own date line: it stays.
  assert.deepEqual(found(above(['日期:2021年01月05日'])), []);
  assert.deepEqual(found(buildRuleOfLaw('\n某某乡人民政府\n2021年1月5日')), []);
});

test('a metadata table whose 索引号 lost its prefix (索引号: | /2015-26440 |)', () => {
  const lines = ['索引号: | /2015-26440 | 公开方式: | 主动公开 |', '发布单位: | 某某镇 |'];
  const text = above(lines);
  assert.deepEqual(found(text).map((f) => where(text, f).slice), lines);
});

test('a site menu bar after 首页 and a toolbar with 繁体中文 and an I for a bar', () => {
  const lines = ['首页 | 政务公开 | 渝快办', '登录 注册 长者版 | 无障碍 I 繁体中文', '简体中文  繁体中文  English'];
  const text = above(lines);
  assert.deepEqual(found(text).map((f) => where(text, f).slice), lines);
  // A breadcrumb ending in 首页 | stays a breadcrumb; prose naming the home page stays prose.
  const crumb = above(['当前位置 : 首页 |']);
  assert.equal(found(crumb).length, 1);
  assert.deepEqual(found(buildRuleOfLaw('\n首页|政务公开栏目发布信息120条。')), []);
});

test('a toolbar of bracketed links 【打印本页】 【关闭本页】 with a cell pipe', () => {
  const line = '【打印本页】 【关闭本页】 |';
  const text = buildRuleOfLaw('\n' + line);
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, line);
});
