// 表二 copied column by column (parse/layouts/column-order.ts): the text of an office PDF or a Word table in
// reading order gives each block's caption, its label column (信息内容 / 规章 / 行政规范性文件) and then each value
// column (本年制发件数 / 0 / 3), a blank line after each column. Own text, the same structure as LibreOffice's PDF
// of a report's Word file through pdftotext.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';

const col = (...cells: string[]) => cells.join('\n');
const block = (caption: string, labels: string[], columns: string[][]) => [col(`${caption} |`, '信息内容', ...labels), ...columns.map((c) => col(...c))].join('\n\n');
const TABLE2 = [
  block('第二十条第(一)项', ['规章', '行政规范性文件'], [['本年制发件数', '0', '3'], ['本年废止件数', '0', '1'], ['现行有效件数', '0', '12']]),
  block('第二十条第(五)项', ['行政许可'], [['本年处理决定数量', '57']]),
  block('第二十条第(六)项', ['行政处罚', '行政强制'], [['本年处理决定数量', '9', '2']]),
  block('第二十条第(八)项', ['行政事业性收费'], [['本年收费金额(单位:万元)', '1.5']]),
].join('\n\n');
const doc = (table: string) => ['某某镇2023年政府信息公开工作年度报告', '', '一、总体情况', '', '2023年，本镇依法做好政府信息公开工作。', '',
  '二、主动公开政府信息情况', table, '', '三、收到和处理政府信息公开申请情况', '', '本年度未收到政府信息公开申请。'].join('\n');
const rowsOf = (text: string) => Object.fromEntries((analyze(text).report?.tables.get('active')?.rows ?? [])
  .filter((r) => r.rowId && r.values.size).map((r) => [r.rowId, [...r.values.values()].map((c) => c.text)]));

test('表二 copied column by column: every block read, each figure in its row and column', () => {
  const text = doc(TABLE2);
  assert.deepEqual(rowsOf(text), {
    rules: ['0', '0', '0'], normative: ['3', '1', '12'], licensing: ['57'], penalty: ['9'], enforcement: ['2'], fees: ['1.5'],
  });
  assert.deepEqual(lint(text).findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule.startsWith('table-')).map((f) => f.rule), []);
});

test('a block whose columns run on past three, or a column short of a figure: no block of the table read so', () => {
  // The office's reading order ran the next block's column on after the first block's three: no row read, no table-shape.
  const runOn = doc(TABLE2.replace('现行有效件数\n0\n12', '现行有效件数\n0\n12\n\n本年增/减\n+1\n0'));
  assert.deepEqual(rowsOf(runOn), {});
  assert.deepEqual(lint(runOn).findings.filter((f) => f.rule === 'table-shape'), []);
  // A column short of a figure (one row's cell blank in the copy): figures are never placed by a guess.
  const short = doc(TABLE2.replace('本年废止件数\n0\n1', '本年废止件数\n1'));
  assert.deepEqual(rowsOf(short), {});
});
