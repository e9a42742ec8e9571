// One cell per line ending “ |” where a row starts with a lone “|” and a row without any figure
// shows its blank cells as one line of pipes (issue #12, hN: `规章(…) |` / `|||`): those are the
// row's blank cells, reported as unfilled, not a row that was never read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const text = (rulesCells: string[]) => [
  '某某街道2020年政府信息公开工作年度报告',
  '一、总体情况',
  '2020年,我街道通过区政府网站公开工作信息23条。',
  '二、主动公开政府信息情况',
  '|',
  '第二十条第(一)项 | |||',
  '|',
  '信息内容 |',
  '本年新 制作数量 |',
  '本年新 公开数量 |',
  '对外公开总数量 |',
  '|',
  '规章 |',
  ...rulesCells,
  '|',
  '规范性文件 |',
  '5 |',
  '5 |',
  '5 |',
  '|',
  '第二十条第(五)项 | |||',
  '|',
  '信息内容 |',
  '上一年项目数量 |',
  '本年增/减 |',
  '处理决定数量 |',
  '|',
  '行政许可 |',
  '3 |',
  '0 |',
  '12 |',
  '|',
].join('\n');

test('a line of as many pipes as the row has columns, right under its label, is its blank cells', () => {
  const a = analyze(text(['|||']));
  const rules = a.report?.tables.get('active')?.rows.find((r) => r.rowId === 'rules');
  assert.ok(rules, 'the 规章 row is read');
  assert.equal(rules.values.size, 3);
  assert.ok([...rules.values.values()].every((c) => c.value.type === 'empty'));
  const f = lint(text(['|||'])).findings.filter((x) => x.rule === 'table-cell-invalid');
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
  assert.match(f[0].message, /规章/);
  assert.equal(f[0].severity, 'info');
  // The rows after it keep their values.
  const norm = a.report?.tables.get('active')?.rows.find((r) => r.rowId === 'normative');
  assert.equal(norm?.values.get('made')?.text, '5');
});

test('a pipe line after a row that has its figures stays a row boundary', () => {
  const a = analyze(text(['0 |', '0 |', '0 |', '|||']));
  const rules = a.report?.tables.get('active')?.rows.find((r) => r.rowId === 'rules');
  assert.deepEqual([...(rules?.values.values() ?? [])].map((c) => c.text), ['0', '0', '0']);
  assert.deepEqual(lint(text(['0 |', '0 |', '0 |', '|||'])).findings.filter((x) => x.rule === 'table-cell-invalid'), []);
});

test('a pipe line of another count under a label is not taken for its cells', () => {
  const a = analyze(text(['||']));
  const rules = a.report?.tables.get('active')?.rows.find((r) => r.rowId === 'rules');
  assert.equal(rules?.values.size ?? 0, 0);
});

test('a lone pipe per blank cell after a label with no figure (the page writes each empty cell as “|”) is read as that row’s blank cells', () => {
  // Between rows the copy writes `||` separators, so a lone `|` is an empty cell.
  const withSeps = (cells: string[]) => text(cells).replace('行政许可 |\n3 |\n0 |\n12 |', '行政许可 |\n3 |\n0 |\n12 |\n||');
  const a = analyze(withSeps(['|', '|', '|']));
  const rules = a.report?.tables.get('active')?.rows.find((r) => r.rowId === 'rules');
  assert.equal(rules?.values.size, 3);
  assert.ok([...rules!.values.values()].every((c) => c.value.type === 'empty'));
  const ew = (t: string) => lint(t).findings.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.rule).sort();
  // The same errors and warnings as the page with its figures written (the excerpt stops after 行政许可).
  assert.deepEqual(ew(withSeps(['|', '|', '|'])), ew(withSeps(['0 |', '0 |', '0 |'])));
  assert.ok(lint(withSeps(['|', '|', '|'])).findings.some((x) => x.rule === 'table-cell-invalid' && /规章/.test(x.message)));
});
