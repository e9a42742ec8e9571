// One cell per line ending “ |”, each line indented with the page source's tabs (`\t\t\t0  | `) and a
// value's pipe sometimes on the next line: the tabs only indent the cell, so the lines are pipe
// cells, not tab-separated rows of empty cells (a copy of a page whose HTML was indented with tabs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const table = [
  '  二、主动公开政府信息情况',
  '  第二十条第(一)项  | ',
  '\t\t',
  '信息内容  | ',
  '\t\t\t本年制发件数  | ',
  '\t\t\t本年废止件数  | ',
  '\t\t\t现行有效件数  | ',
  '\t\t',
  '规章  | ',
  '\t\t\t0  | ',
  '\t\t\t0  | ',
  '\t\t\t0',
  '   | ',
  '\t\t',
  '行政规范性文件  | ',
  '\t\t\t2  | ',
  '\t\t\t1  | ',
  '\t\t\t7',
  '   | ',
  '\t\t',
  '第二十条第(五)项  | ',
  '\t\t',
  '信息内容  | ',
  '\t\t\t本年处理决定数量  | ',
  '\t\t',
  '行政许可  | ',
  '\t\t\t35  | ',
  '\t\t',
];
const text = [
  '某某县某某局2021年政府信息公开工作年度报告',
  '一、总体情况',
  '  2021年,我局通过县政府网站主动公开政府信息86条。',
  ...table,
].join('\n');

test('tab-indented pipe cells are read as the table’s cells', () => {
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2021');
  const rows = a.report?.tables.get('active')?.rows ?? [];
  const normative = rows.find((r) => r.rowId === 'normative');
  assert.ok(normative, 'the 行政规范性文件 row is read');
  assert.deepEqual([...normative.values.values()].map((c) => c.text), ['2', '1', '7']);
  assert.equal(rows.find((r) => r.rowId === 'licensing')?.values.size, 1);
  // No “rows missing or unreadable” for the rows that are there.
  const missing = lint(text).findings.filter((f) => f.rule === 'table-row-missing' && /大多缺失|规章|行政规范性文件|行政许可/.test(f.message));
  assert.deepEqual(missing.map((f) => f.message), []);
});

