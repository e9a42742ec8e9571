// Table 二 as `pdftotext` prints it in reading order (column-block layout), in the shapes the PDF
// harness met: the first caption printed twice (above the table and in it) with the header row on
// one line, a short form of a statutory label (规范性文件), and a row whose cells are all blank
// (its label followed at once by the next label). Text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我区依法做好政府信息公开工作。\n二、主动公开政府信息情况\n';
const NEXT = '三、收到和处理政府信息公开申请情况\n';

const rest = [
  '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '618',
  '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '233', '行政强制', '9',
  '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '12.5',
];

function active(first: string[]): string {
  return HEAD + [...first, ...rest].join('\n') + '\n' + NEXT;
}

const cellsOf = (text: string) => {
  const t = analyze(text).report!.tables.get('active');
  assert.ok(t, 'table 二 is read');
  const out: Record<string, string> = {};
  for (const r of t!.rows) for (const [k, c] of r.values.entries()) out[`${r.rowId}/${k}`] = c.text;
  return out;
};
const unreadable = (text: string) => lintText(text).findings.some((f) => f.rule === 'table-unreadable');
/** Table 二 not read (reported unreadable, or not taken for a table at all): never read by a guess. */
const notRead = (text: string) => !analyze(text).report!.tables.has('active');

test('table 二 in reading order: the caption printed twice and the header row on one line', () => {
  const text = active(['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数',
    '规章', '1', '0', '4', '行政规范性文件', '6', '2', '38']);
  const c = cellsOf(text);
  assert.equal(c['normative/inForce'], '38');
  assert.equal(c['rules/issued'], '1');
  assert.equal(c['licensing/decisions'], '618');
  assert.ok(!unreadable(text));
  // A word that is no header among them still makes the table unreadable.
  assert.ok(notRead(active(['第二十条第（一）项', '信息内容 本年制发件数 某某数量', '规章', '1', '0', '4', '行政规范性文件', '6', '2', '38'])));
});

test('table 二 in reading order: a short form of a label (规范性文件) and a row left blank', () => {
  const text = active(['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '规范性文件', '6', '2', '38']);
  const c = cellsOf(text);
  assert.equal(c['normative/issued'], '6');
  assert.equal(c['normative/inForce'], '38');
  assert.equal(c['rules/issued'], undefined, 'the blank row has no values');
  const t = analyze(text).report!.tables.get('active')!;
  assert.ok(t.rows.some((r) => r.rowId === 'rules' && r.values.size === 0), 'the row 规章 is there, blank');
  assert.ok(!lintText(text).findings.some((f) => f.rule === 'table-row-missing' || f.rule === 'table-unreadable'));
  // One-value blocks: a label without its value cannot be told from values printed after all the labels.
  const oneCol = HEAD + ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '1', '0', '4', '行政规范性文件', '6', '2', '38',
    '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '行政强制', '9'].join('\n') + '\n' + NEXT;
  assert.ok(notRead(oneCol));
  // A blank row is one whose label is followed by the next label: values short elsewhere still fail.
  assert.ok(notRead(active(['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '规范性文件', '6', '2'])));
});
