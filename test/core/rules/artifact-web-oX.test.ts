// artifact-web on pages of the oX harvest: a site's search-results form copied without its colons
// (搜索位置 / 匹配度 / 排序, one label a line) is web debris; a report's lines about 匹配度 are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';

test('a search form\'s labels without their colons are web debris (oX/18)', () => {
  for (const line of ['搜索位置', '匹配度', '搜索位置:', '匹配度:', '排序:']) assert.notEqual(classifyChrome(line), null, line);
  // Report text that names them stays text.
  for (const line of ['匹配度达到95%以上。', '搜索位置准确,检索便捷。', '排序']) assert.equal(classifyChrome(line), null, line);
});

test('a view counter\'s empty label run into the text\'s first line: only the label is debris (oX/14)', () => {
  const text = ['某省交通运输厅2024年度法治政府部门建设工作情况', '访问次数:2024年,某省交通运输厅笃学践行习近平法治思想,全面落实关于法治政府建设的决策部署。',
    '一、2024年度法治政府部门建设总体情况', '(一)全面推进法治政府部门建设。主要负责人履行推进法治建设第一责任人职责。'].join('\n');
  const found = lint(text).findings.filter((f) => f.rule === 'artifact-web');
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].start, found[0].end), '访问次数:');
  assert.equal(found[0].fix?.edits[0].newText, '');
  // A sentence about the counter, or the counter with its count, is no glued label.
  for (const line of ['访问量:全年门户网站访问量达到12万次,较上年增长。', '浏览次数:35']) {
    const t = text.replace(/访问次数:2024年[^\n]*/, line);
    assert.ok(!lint(t).findings.some((f) => f.rule === 'artifact-web' && /行首/.test(f.message)), line);
  }
});

test('a breadcrumb\'s arrow alone on a line above the header\'s links is debris; alone in a text it is not (oX/31)', () => {
  const head = ['>', '  • 政务微信', '您现在所在的位置 : 首页 > 某县人民政府门户网站 > 专题专栏', '分享到:', '某县卫生健康局2025年法治政府建设年度报告',
    '2025年,某县卫生健康局深入贯彻习近平法治思想,扎实推进法治政府建设。现将本年度工作情况报告如下:', '一、2025年法治工作开展情况'].join('\n');
  const lines = lint(head).findings.filter((f) => f.rule === 'artifact-web' && f.severity !== 'info').map((f) => head.slice(0, f.start).split('\n').length);
  assert.deepEqual(lines, [1, 2, 3, 4]);
  // A Markdown quote's empty line among report text is no chrome.
  const md = ['# 某县卫生健康局2025年法治政府建设年度报告', '> 2025年,某县卫生健康局扎实推进法治政府建设。', '>', '> 现将本年度工作情况报告如下:', '## 一、2025年法治工作开展情况'].join('\n');
  assert.ok(!lint(md).findings.some((f) => f.rule === 'artifact-web' && md.slice(0, f.start).split('\n').length === 3));
});
