// Blank-line separated cells (parse/layouts/cell-lines.ts) of 表二 whose blocks are parted by a few
// more blank lines than lie between two cells (a web copy's empty rows between the 第二十条 blocks):
// each block is a run of its own, and the last captions' blocks hold one row each (one label →
// figures step). Right after a block the reader read they are the same table's next pieces, so
// 行政事业性收费 and 政府集中采购 are read, not reported missing. Own text, same structure as a web copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { findTables } from '../../../server/src/core/parse/layouts';

const cells = (xs: string[]) => xs.join('\n\n');
/** 表二's blocks (2019 form), `gap` blank lines between two blocks. */
const table2 = (gap: number) => [
  cells(['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '0', '0', '0', '规范性文件', '5', '5', '40']),
  cells(['第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '12', '0', '30', '其他对外管理服务事项', '0', '0', '0']),
  cells(['第二十条第(六)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '4', '0', '9', '行政强制', '0', '0', '0']),
  cells(['第二十条第(八)项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '0', '0']),
  cells(['第二十条第(九)项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购', '6', '251000元']),
].join('\n'.repeat(gap + 1));
const doc = (table: string, after = ['三、收到和处理政府信息公开申请情况', '', '本年度未收到政府信息公开申请。']) => [
  '某某街道办事处2019年政府信息公开工作年度报告', '', '一、总体情况', '', '2019年，本街道依法做好政府信息公开工作。', '',
  '二、主动公开政府信息情况', '', table, '', ...after,
].join('\n');

const rowsOf = (text: string) => Object.fromEntries((analyze(text).report?.tables.get('active')?.rows ?? [])
  .filter((r) => r.rowId).map((r) => [r.rowId, [...r.values.values()].map((c) => c.text)]));

test('表二 blocks parted by long gaps: the one-row blocks of its last captions are read too', () => {
  const text = doc(table2(5));
  const rows = rowsOf(text);
  assert.deepEqual(rows.fees, ['0', '0']);
  assert.deepEqual(rows.procurement, ['6', '251000元']);
  assert.deepEqual(rows.enforcement, ['0', '0', '0']);
  assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'table-row-missing').map((f) => f.message), []);
});

test('a lone label and figure after a table (far below it, with nothing before the label, or opening otherwise than the block above) stay prose', () => {
  // Far below the table (more blank lines than a gap between its blocks): no piece of it.
  const far = doc(table2(5), ['三、收到和处理政府信息公开申请情况', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
    '附件', '', '说明', '', '12', '', '']);
  const farBlocks = findTables(new LineMap(far)).filter((b) => b.layout === 'cell-lines');
  assert.ok(!farBlocks.some((b) => b.rows.some((r) => r.cells.some((c) => c.text === '说明'))));
  // A short run that opens with its figure (no caption or label before it) is no piece either.
  const bare = doc(table2(3), ['', '', '', '12', '', '人次', '', '三、收到和处理政府信息公开申请情况', '', '本年度未收到政府信息公开申请。']);
  assert.ok(!findTables(new LineMap(bare)).some((b) => b.rows.some((r) => r.cells.some((c) => c.text === '人次'))));
  // Nor one that opens otherwise than the block before it (a row of another table, its label in pieces).
  const other = doc(table2(3), ['', '', '', '全年受理', '', '依申请', '', '公开事项', '', '12', '', '三、收到和处理政府信息公开申请情况', '', '本年度未收到政府信息公开申请。']);
  assert.ok(!findTables(new LineMap(other)).some((b) => b.rows.some((r) => r.cells.some((c) => c.text === '全年受理'))));
});

// 2021 form: the one-row blocks (第二十条第（五）项 / 信息内容 / 本年处理决定数量 / 行政许可 / 4529) hold one figure
// among four text cells, and a caption may stand a few more blank lines above its header cells than lie between
// two cells (the web page's own gap under the caption). Own text, the same structure as a browser copy of
// <td><p> cells whose blocks a caption line parts.
const table2021 = (captionGap: number) => [
  cells(['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0', '行政规范性文件', '12', '3', '80']),
  ['第二十条第（五）项', cells(['信息内容', '本年处理决定数量', '行政许可', '452'])].join('\n'.repeat(captionGap + 1)),
  ['第二十条第（六）项', cells(['信息内容', '本年处理决定数量', '行政处罚', '110', '行政强制', '6'])].join('\n'.repeat(captionGap + 1)),
  ['第二十条第（八）项', cells(['信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '18.5'])].join('\n'.repeat(captionGap + 1)),
].join('\n'.repeat(5));
const doc2021 = (table: string) => doc(table).replace('2019年', '2023年').replace('2019年', '2023年');

test('2021 表二 one-row blocks with their caption and two header cells, a caption a few blank lines above its header: read', () => {
  for (const gap of [1, 2, 4]) {
    const text = doc2021(table2021(gap));
    const rows = rowsOf(text);
    assert.deepEqual(rows.licensing, ['452'], `gap ${gap}`);
    assert.deepEqual(rows.penalty, ['110'], `gap ${gap}`);
    assert.deepEqual(rows.enforcement, ['6'], `gap ${gap}`);
    assert.deepEqual(rows.fees, ['18.5'], `gap ${gap}`);
    assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'table-row-missing').map((f) => f.message), [], `gap ${gap}`);
  }
});

test('a caption alone that opens otherwise than the block above, far below it, or a lone figure after two header cells: no piece', () => {
  // Opening otherwise (附表 after 第二十条…): the long gap under it ends the run; nothing after it is read as the table's.
  const other = doc2021(table2021(1).replace(/第二十条第（八）项[^]*$/, ['附表说明', '', '', '', '信息内容', '', '本年收费金额（单位：万元）', '', '行政事业性收费', '', '18.5'].join('\n')));
  assert.ok(!findTables(new LineMap(other)).some((b) => b.rows.some((r) => r.cells.some((c) => c.text === '附表说明'))));
  assert.equal(rowsOf(other).fees, undefined);
});
