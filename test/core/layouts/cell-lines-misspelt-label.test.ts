// One cell a line (parse/layouts/cell-lines.ts, regrouped by parse/regroup.ts): a statutory row label
// with a character wrong right under its block's header (行政许司 for 行政许可) is a row of its own with
// its figure, reported by table-row-unknown with the statutory label, as in the other layouts; it is
// not taken for one more header word (which left its figure a row with no label, and nothing reported).
// Words that are no row label under the header stay header words. Text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';

const REPORT = (cells: string[], sep: string) => ['某区统计局2023年政府信息公开工作年度报告', '一、总体情况', '2023年，我局认真做好政府信息公开工作。', '二、主动公开政府信息情况', ...cells.map((c) => c + sep),
  '三、收到和处理政府信息公开申请情况', '本年度未收到政府信息公开申请。'].join('\n');
const ACTIVE = (licensing: string, header = '本年处理决定数量') => ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '1', '0', '4', '行政规范性文件', '6', '2', '38',
  '第二十条第（五）项', '信息内容', header, licensing, '618',
  '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '233', '行政强制', '9',
  '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '12.5'];
/** Each cell a paragraph of its own; each cell ending in a pipe. */
const SHAPES: [string, string][] = [['blank-line separated', '\n'], ['pipe-terminated', ' |']];

test('a 表二 label one character wrong under the header is a row with its figure, reported with the statutory label', () => {
  for (const [shape, sep] of SHAPES) {
    const text = REPORT(ACTIVE('行政许司'), sep);
    const t = analyze(text).report!.tables.get('active');
    assert.equal(t?.layout, 'cell-lines', shape);
    const row = t!.rows.find((r) => r.values.get('decisions')?.text === '618');
    assert.ok(row && row.label.includes('行政许司'), `${shape}: the figure is the misspelt row's`);
    const unknown = lint(text).findings.filter((f) => f.rule === 'table-row-unknown');
    assert.equal(unknown.length, 1, shape);
    assert.match(unknown[0].message, /行政许司.*行政许可/, shape);
    assert.equal(text.slice(unknown[0].start, unknown[0].end), '行政许司', shape);
  }
});

test('the label written right reads as before; a header word that is no row label stays a header word', () => {
  for (const [shape, sep] of SHAPES) {
    const text = REPORT(ACTIVE('行政许可'), sep);
    const t = analyze(text).report!.tables.get('active');
    assert.equal(t!.rows.find((r) => r.rowId === 'licensing')?.values.get('decisions')?.text, '618', shape);
    assert.ok(!lint(text).findings.some((f) => f.rule === 'table-row-unknown' || f.rule === 'table-row-missing'), shape);
    // A header variant (本年处理数量) under the caption is not a row: 行政许可 keeps its figure.
    const variant = analyze(REPORT(ACTIVE('行政许可', '本年处理数量'), sep)).report!.tables.get('active');
    assert.equal(variant!.rows.find((r) => r.rowId === 'licensing')?.values.get('decisions')?.text, '618', shape);
  }
});
