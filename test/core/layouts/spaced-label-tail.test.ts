// A table printed to PDF with a narrow label column wraps a label inside its cell; `pdftotext
// -layout` then prints the label's last piece alone on the line below the row's figures. Below the
// table's LAST row (表二's 行政事业  18651.06 / 性收费) that piece belongs to the block too, so that
// the format joins it to its row (broken-label.ts joinLabelTails) as it does inside the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, LineMap, lint } from '../../../server/src/core';
import { findTables } from '../../../server/src/core/parse/layouts';

const TABLE = [
  '         第二十条第（一）项',
  '         信息内容 本年制发件数 本年废止件数 现行有效件数',
  '         规章     0        0    0',
  '         行政规范 62     33       440',
  '         性文件',
  '         第二十条第（五）项',
  '         信息内容 本年处理决定数量',
  '         行政许可 4529',
  '         第二十条第（六）项',
  '         信息内容 本年处理决定数量',
  '         行政处罚 1100',
  '         行政强制 65',
  '         第二十条第（八）项',
  '         信息内容 本年收费金额（单位：万元）',
  '         行政事业 18651.06',
  '         性收费',
];
const text = ['某某区2024年政府信息公开工作年度报告', '一、总体情况', '2024年，我区持续深化政务公开。', '二、主动公开政府信息情况', ...TABLE,
  ' 三、收到和处理政府信息公开申请情况', '略。'].join('\n');

test('pdftotext -layout: the last row\'s label piece below its figures is part of the block', () => {
  const blocks = findTables(new LineMap(text)).filter((b) => b.layout === 'spaced');
  assert.equal(blocks.length, 1);
  assert.equal(blocks[0].endLine, 19);
  assert.equal(blocks[0].rows[blocks[0].rows.length - 1].cells[0].text, '性收费');
});

test('the joined label is the statutory row: no unknown row, fees read', () => {
  const a = analyze(text);
  const fees = a.report!.tables.get('active')!.rows.find((r) => r.rowId === 'fees');
  assert.equal([...fees!.values.values()].map((c) => c.text).join(','), '18651.06');
  assert.deepEqual(lint(text).findings.filter((f) => /^table-row/.test(f.rule)).map((f) => f.message), []);
});

test('a line of prose or a heading below the last row stays out of the block', () => {
  for (const below of ['二、主动公开政府信息情况', '本年度收费已全部公示。']) {
    const t = [...TABLE.slice(0, -1), below].join('\n');
    const blocks = findTables(new LineMap(t)).filter((b) => b.layout === 'spaced');
    assert.equal(blocks[0].endLine, 14, below);
  }
});

test('pasted double-spaced (a blank line after every line): the labels wrapped in their cells are joined all the same', () => {
  const doubled = text.replace(/([^\n])\n(?=[^\n])/g, '$1\n\n');
  const a = analyze(doubled);
  const rows = a.report!.tables.get('active')!.rows;
  const fees = rows.find((r) => r.rowId === 'fees');
  assert.equal([...fees!.values.values()].map((c) => c.text).join(','), '18651.06');
  assert.ok(rows.some((r) => r.rowId === 'normative'), '行政规范 / 性文件 joined');
  assert.deepEqual(lint(doubled).findings.filter((f) => /^table-row/.test(f.rule)).map((f) => f.message), []);
});
