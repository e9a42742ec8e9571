// cell-lines (mQ harvest): a part heading that ends in the pipe of its own line (二、主动公开政府信息情况 |),
// right above a table one cell a line, is the part's heading, not the table's first row. Text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const text = [
  '某某县审计局2020年政府信息公开工作年度报告',
  '一、总体情况',
  '2020年,我局主动公开政府信息80条。',
  '二、主动公开政府信息情况 |',
  '第二十条第(一)项 |', '信息内容 |', '本年新制作数量 |', '本年新公开数量 |', '对外公开总数量 |',
  '规章 |', '0 |', '0 |', '0 |',
  '规范性文件 |', '2 |', '2 |', '2 |',
  '三、收到和处理政府信息公开申请情况 |',
  '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |',
].join('\n');

test('二、…情况 | above the cells is the heading of part 二, and the table starts below it', () => {
  const a = analyze(text);
  assert.ok(a.doc.headings.some((h) => h.line === 3 && h.numeral === 2), JSON.stringify(a.doc.headings.map((h) => h.line)));
  assert.ok(a.doc.headings.some((h) => h.line === 17 && h.numeral === 3));
  assert.ok(!a.doc.tableLines.has(3));
  const missing = lint(text).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message);
  assert.ok(!missing.some((m) => m.includes('第二部分') || m.includes('第三部分')), missing.join('\n'));
});

test('a numbered row label followed by its figures stays a row (一、本年新收… | 0 |)', () => {
  const rows = text + '\n' + ['一、本年新收政府信息公开申请数量 |', '0 |', '0 |', '0 |', '0 |', '0 |', '0 |', '0 |'].join('\n');
  const a = analyze(rows);
  const line = rows.split('\n').indexOf('一、本年新收政府信息公开申请数量 |');
  assert.ok(a.doc.tableLines.has(line));
  assert.ok(!a.doc.headings.some((h) => h.line === line));
});

test('a numbered row label whose cells are blank stays a row (一、本年新收… | then | lines)', () => {
  const rows = text + '\n' + ['申请人情况 |', '||||||||', '自然人 |', '法人或其他组织 |', '总计 |', '|||||||', '商业企业 |', '科研机构 |',
    '社会公益组织 |', '法律服务机构 |', '其他 |', '|||||', '一、本年新收政府信息公开申请数量 |', '|', '|', '|', '|', '|', '|', '0 |', '||'].join('\n');
  const a = analyze(rows);
  const line = rows.split('\n').indexOf('一、本年新收政府信息公开申请数量 |');
  assert.ok(!a.doc.headings.some((h) => h.line === line));
  assert.ok(a.doc.tableLines.has(line));
});
