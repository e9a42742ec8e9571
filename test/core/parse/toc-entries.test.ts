// A table of contents' entries (一、总体情况………… 1, a flip-book page of oP/26) name the parts with
// their page numbers: they are no headings, so the parts they name are not read as empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const toc = [
  '某某厅2019年度政府信息公开工作年度报告',
  '目录',
  '一、总体情况.............................................. 1',
  '(一) 围绕机制保障强化公开 ..... 1',
  '二、主动公开政府信息情况 ................................ 10',
  '三、收到和处理政府信息公开申请情况 ...................... 11',
  '四、政府信息公开行政复议、行政诉讼情况 .................. 12',
  '五、存在的主要问题及改进情况 ............................ 12',
].join('\n');

test('contents entries are no headings', () => {
  const a = analyze(toc);
  assert.deepEqual(a.doc.headings.map((h) => h.title), []);
});

test('the parts named by the contents are not reported empty', () => {
  const fs = lint(toc).findings.filter((f) => f.rule === 'section-empty');
  assert.deepEqual(fs.map((f) => f.message), []);
});

test('a heading ending in a figure without dot leaders stays a heading', () => {
  const a = analyze(['某某厅2019年度政府信息公开工作年度报告', '一、总体情况', '2019年,本厅主动公开信息100条。', '二、主动公开政府信息情况 2'].join('\n'));
  assert.deepEqual(a.doc.headings.map((h) => h.title).slice(0, 1), ['总体情况']);
});
