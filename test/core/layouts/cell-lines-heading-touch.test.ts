// Blank-line separated cells (a web copy with each cell a paragraph) whose table touches the part
// headings around it: the heading right above the first cell, the next part's heading right below
// the last. Two touching short lines otherwise mark PDF text, which this reader leaves alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';

const cells = (xs: string[]) => xs.join('\n\n');
const TABLE2 = cells([
  '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数',
  '规章', '0', '0', '0', '行政规范性文件', '3', '1', '12',
  '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '26',
  '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '4', '行政强制', '0',
  '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '0',
]);
const doc = (table: string) => [
  '某街道办事处2023年政府信息公开工作年度报告',
  '一、总体情况',
  '2023年，本街道依法做好政府信息公开工作。',
  '二、主动公开政府信息情况',
  table,
  '三、收到和处理政府信息公开申请情况',
  '本年度未收到政府信息公开申请。',
].join('\n');

function active(text: string): Record<string, string[]> | null {
  const t = analyze(text).report?.tables.get('active');
  if (!t) return null;
  return Object.fromEntries(t.rows.filter((r) => r.rowId).map((r) => [r.rowId, [...r.values.values()].map((c) => {
    assert.equal(text.slice(c.start, c.end), c.text);
    return c.text;
  })]));
}

test('blank-line cells: a table touching the part headings above and below it is read', () => {
  assert.deepEqual(active(doc(TABLE2)), {
    rules: ['0', '0', '0'], normative: ['3', '1', '12'], licensing: ['26'], penalty: ['4'], enforcement: ['0'], fees: ['0'],
  });
});

test('blank-line cells: two touching cells inside the run still mark PDF text (not read as this layout)', () => {
  const pdf = doc(TABLE2.replace('行政许可\n\n26', '行政许可\n26'));
  const t = analyze(pdf).report?.tables.get('active');
  assert.ok(!t || t.layout !== 'cell-lines', t?.layout);
});
