// A 本年增/减 cell holding the sign word alone (减, the figure never written; oK harvest, a 2019-format table
// copied one cell a line): read like a dash, a mark where a figure belongs, never a row of its own; the
// rule reports the cell. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCellValue } from '../../../server/src/core/parse/cell-value';
import { lint } from '../../../server/src/core';

test('the sign word alone reads as a dash; with its figure, as a signed number', () => {
  for (const w of ['增', '减', '增加', '减少', '減', '減少', ' 减 ']) assert.deepEqual(readCellValue(w), { type: 'dash' }, w);
  assert.deepEqual(readCellValue('减3'), { type: 'signed', value: -3 });
  assert.deepEqual(readCellValue('减免'), { type: 'text' });
  assert.deepEqual(readCellValue('增减'), { type: 'text' });
});

const REPORT = [
  '某某市某某局2019年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '2019年,我局主动公开政府信息30条。',
  '',
  '二、主动公开政府信息情况',
  '',
  '第二十条第(一)项', '', '信息内容', '', '本年新', '制作数量', '', '本年新', '公开数量', '', '对外公开总数量', '',
  '规章', '', '0', '', '0', '', '0', '', '规范性文件', '', '2', '', '2', '', '3', '',
  '第二十条第(五)项', '', '信息内容', '', '上一年项目数量', '', '本年增/减', '', '处理决定数量', '',
  '行政许可', '', ' 990', '', ' 减', '', ' 711', '', '其他对外管理服务事项', '', '0', '', '0', '', '0', '',
  '第二十条第(六)项', '', '信息内容', '', '上一年项目数量', '', '本年增/减', '', '处理决定数量', '',
  '行政处罚', '', ' 27', '', ' 减', '', ' 14', '', '行政强制', '', '0', '', '0', '', '0', '',
  '',
  '三、收到和处理政府信息公开申请情况',
  '',
  '无。',
].join('\n');

test('a one-cell-a-line table: 减 is the row\'s change cell, reported there, and no row of its own', () => {
  const fs = lint(REPORT).findings;
  assert.deepEqual(fs.filter((f) => f.rule === 'table-shape'), []);
  const cells = fs.filter((f) => f.rule === 'table-cell-invalid');
  assert.equal(cells.length, 2);
  for (const f of cells) assert.match(f.message, /^“行政(?:许可|处罚)”行“本年增\/减”栏为“减”/);
});
