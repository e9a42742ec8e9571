// artifact-web: a page's metadata table copied one cell per line (a browser copy of <td> cells), with an
// 索引号 longer than 30 characters (a unified social credit code, 18 characters, before /2026-5564564) and a
// 发布机构: label that is also a page header's word: each label and its value line are metadata. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOf, TOWN_REPORT, web } from './web-findings';

const BLOCK = ['标题:', '某镇2025年政府信息公开工作年度报告', '', '', '索引号:', '11370322MB28522908/2026-5564564', '文号:', '无文号',
  '发文日期:', '2026-01-20', '发布机构:', '某某镇人民政府'];

test('a metadata table one cell per line: every label and value line is chrome, the title line is kept', () => {
  const text = [...BLOCK, ...TOWN_REPORT].join('\n');
  const lines = web(text).filter((f) => f.severity === 'warning').map((f) => lineOf(text, f.start));
  assert.deepEqual(lines, [5, 6, 7, 8, 9, 10, 11, 12]);
});

test('a 发布机构: line whose next line is a sentence is no label:value pair', () => {
  const text = ['发布机构:', '本镇2025年政府信息公开工作情况报告如下。', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(text).filter((f) => f.severity === 'warning' && lineOf(text, f.start) === 2), []);
});
