// A table in PDF reading order (column-block layout) or one cell a line with no blank lines, in a text
// that stops inside the table (a stored copy of part of a page): the rows before the cut are read and
// their sums checked, though they are fewer than half the table's rows. The same few rows followed
// by more text are read in part (the rest of the table may be elsewhere): the rows each followed by
// exactly their values and the next label. A statutory label with one
// character wrong is read as its row, and table-row-unknown names the statutory label. Text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { LineMap } from '../../../server/src/core';
import { findColumnBlocks, stopsAfter } from '../../../server/src/core/parse/layouts/column-block';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我区依法做好政府信息公开工作。\n二、主动公开政府信息情况\n2023年主动公开信息1200条。\n三、收到和处理政府信息公开申请情况\n';
const TOP = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
/** 本年新收 with its total 7 where the applicants add up to 6. */
const ROWS = ['一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '0', '0', '7', '二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1',
  '三、本年度办理结果', '（一）予以公开', '4', '1', '0', '0', '0', '0', '5'];
const page = (tail: string[], rows = ROWS) => HEAD + [...TOP, ...rows, ...tail].join('\n');

const applications = (text: string) => analyze(text).report!.tables.get('applications');
const rowIds = (text: string) => applications(text)?.rows.filter((r) => r.kind === 'data' && r.rowId).map((r) => r.rowId) ?? null;
const rules = (text: string) => lintText(text).findings.map((f) => f.rule);

test('a reading-order table cut at the end of the text: the rows before the cut are read and their sums checked', () => {
  // Cut inside a label, after a whole label, inside a row's figures, or after a row (the label broken off alone).
  for (const tail of [['（二）部分'], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1', '0'], ['（二）部分', '|']]) {
    const text = page(tail);
    const t = applications(text);
    assert.equal(t?.layout, 'column-block', JSON.stringify(tail));
    assert.deepEqual(rowIds(text), ['new', 'carried', 'open'], JSON.stringify(tail));
    assert.equal(t!.rows.find((r) => r.rowId === 'open')!.values.get('total')!.text, '5');
    const total = lintText(text).findings.filter((f) => f.rule === 'table-row-total');
    assert.equal(total.length, 1, JSON.stringify(tail));
    // On the row's figures, applicants to total (one a line).
    assert.equal(text.slice(total[0].start, total[0].end).split('\n').join(' '), '5 1 0 0 0 0 7');
    assert.ok(!rules(text).includes('table-unreadable'));
  }
});

test('the same rows followed by more of the report are read in part (the rest of the table may be elsewhere): the certain rows, one info finding', () => {
  const text = page(['（二）部分', '四、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政复议、行政诉讼。']);
  // 一 and 二 are each followed by exactly their seven values and the next label: read, and checked
  // (本年新收's total 7 against 5 + 1). （一）'s values run into a label broken off: not read. Rows not
  // read are not missing.
  const t = applications(text);
  assert.equal(t?.partial, true);
  assert.deepEqual(rowIds(text), ['new', 'carried']);
  const r = rules(text);
  assert.ok(r.includes('table-unreadable') && r.includes('table-row-total') && !r.includes('table-row-missing'), r.join(' '));
  // A tail of more than two lines, or a sentence, is text after the table, not a cut.
  const lines = new LineMap('规章\n1\n2\n3\n|\n注\n说明');
  assert.equal(stopsAfter(lines, 3), false);
  assert.equal(stopsAfter(lines, 4), true);
  assert.equal(stopsAfter(new LineMap('规章\n1\n本年度未收到申请。'), 1), false);
});

test('a cut table is read only when its rows fit: a figure away from its label, or rows out of their order, leave it unread', () => {
  // One figure too many in 本年新收: the figures cannot be placed.
  const extra = [...ROWS.slice(0, 8), '3', ...ROWS.slice(8)];
  assert.equal(applications(page(['（二）部分'], extra)), undefined);
  // 上年结转 before 本年新收: not the statutory order, not read as a cut table.
  const swapped = [...ROWS.slice(8, 16), ...ROWS.slice(0, 8), ...ROWS.slice(16)];
  assert.equal(applications(page(['（二）部分'], swapped)), undefined);
});

test('the reader marks a block the text stops in, and no other', () => {
  const cut = findColumnBlocks(new LineMap(page(['（二）部分'])));
  assert.equal(cut[cut.length - 1].cut, true);
  const whole = findColumnBlocks(new LineMap(page(['（二）部分', '四、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政复议、行政诉讼。'])));
  assert.ok(whole.every((b) => !b.cut));
});

test('one cell a line with a blank line at the end, cut inside the table: read as in reading order, the rows before the cut', () => {
  // The blank lines make it the blank-cell shape, whose blank lines do not fit: read in reading order.
  const text = page(['（二）部分', '', '']) + '\n';
  assert.deepEqual(rowIds(text), ['new', 'carried', 'open']);
  assert.ok(rules(text).includes('table-row-total'));
});

test('a statutory label with one character wrong is read as its row in reading order, and reported', () => {
  const rows = ROWS.map((x) => (x === '（一）予以公开' ? '（一）予以公升' : x));
  const text = page(['（二）部分'], rows);
  assert.deepEqual(rowIds(text), ['new', 'carried', 'open']);
  const unknown = lintText(text).findings.filter((f) => f.rule === 'table-row-unknown');
  assert.equal(unknown.length, 1);
  assert.match(unknown[0].message, /予以公开/);
  // Two characters wrong is no typo: the table is not read.
  assert.equal(applications(page(['（二）部分'], ROWS.map((x) => (x === '（一）予以公开' ? '（一）子以公升' : x)))), undefined);
});

test('table 二 in reading order with a label one character wrong (行政许司): read, and table-row-unknown names 行政许可', () => {
  const text = HEAD.replace(/2023年主动公开信息1200条。\n三、收到和处理政府信息公开申请情况\n$/, '') + [
    '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '1', '0', '4', '行政规范性文件', '6', '2', '38',
    '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许司', '618',
    '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '233', '行政强制', '9',
    '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '12.5',
  ].join('\n') + '\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n';
  const t = analyze(text).report!.tables.get('active');
  assert.equal(t?.layout, 'column-block');
  assert.equal(t!.rows.find((r) => r.rowId === 'licensing')?.values.get('decisions')?.text, '618');
  const unknown = lintText(text).findings.filter((f) => f.rule === 'table-row-unknown');
  assert.equal(unknown.length, 1);
  assert.match(unknown[0].message, /行政许司.*行政许可/);
  assert.ok(!rules(text).includes('table-unreadable'));
});

// 表二 of the 2019 format one cell a line, cut in 第二十条第(九)项's header: figures only in (一), every later
// row left blank (no value to place), 规范性文件 as a zh-TW converter writes it (規範性檔案).
const T2_2019 = ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '0', '0', '0', '規範性檔案', '4', '4', '130',
  '第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务事项',
  '第二十条第(六)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '行政强制',
  '第二十条第(八)项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '第二十条第(九)项', '信息内容', '采购项目数'];
const HEAD_2019 = '某区国资委2020年政府信息公开工作年度报告\n2020年，我委依法做好政府信息公开工作，全年新收到政府信息公开申请31件。\n二、主动公开政府信息情况\n';

test('表二 cut in a caption\'s header, its rows after the figures blank: found, read with the blank rows, the label in other words matched', () => {
  const text = HEAD_2019 + T2_2019.join('\n');
  const t = analyze(text).report!.tables.get('active');
  assert.equal(t?.layout, 'column-block');
  const byId = Object.fromEntries(t!.rows.filter((r) => r.kind === 'data').map((r) => [r.rowId, [...r.values.values()].map((c) => c.text).join(',')]));
  assert.deepEqual(byId, { rules: '0,0,0', normative: '4,4,130', licensing: '', otherServices: '', penalty: '', enforcement: '', fees: '' });
  // Cut: the rows after the cut are cut off, not missing (table-row-missing, as in every layout), and
  // nothing else is said of the table.
  const f = lintText(text).findings.filter((x) => x.rule.startsWith('table-'));
  assert.deepEqual(f.map((x) => x.rule), []);
  // The same cells followed by the next part: not cut, and too few figures among the cells for a table.
  assert.equal(analyze(`${text}\n三、收到和处理政府信息公开申请情况\n本年度新收到申请31件，均已办结。`).report!.tables.get('active'), undefined);
  // A block with a figure away from its labels is still no reading: 行政许可's figures after the next caption.
  const away = T2_2019.map((x) => (x === '第二十条第(六)项' ? '第二十条第(六)项\n5\n0\n5' : x));
  assert.equal(analyze(HEAD_2019 + away.join('\n')).report!.tables.get('active'), undefined);
});
