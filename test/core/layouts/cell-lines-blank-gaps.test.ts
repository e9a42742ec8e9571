// Blank-line separated cells (parse/layouts/cell-lines.ts) where the page drops blank cells as
// extra blank lines: a label, then several blank lines, then the row's last figure. Each blank
// line after the first is one empty cell, so table 三 is read (its row labels are cells, not
// headings) and its blank applicant cells are reported. Own text, same structure as a web copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { findTables } from '../../../server/src/core/parse/layouts';

const HEAD = ['某某街道办事处2020年政府信息公开工作年度报告', '', '一、总体情况', '', '2020年，我街道认真贯彻《条例》，做好政府信息公开工作。', ''];
const APPS_HEADER = ['三、收到和处理政府信息公开申请情况', '', '申请人情况', '', '自然人', '', '法人或其他组织', '', '总计', '', '商业企业', '', '科研机构', '',
  '社会公益组织', '', '法律服务机构', '', '其他', '', ''];
/** A row whose six first cells are blank: label, seven blank lines, the total. */
const blankRow = (label: string, total: string) => [label, '', '', '', '', '', '', '', ` ${total}`, ''];

test('a long gap before a figure is a run of blank cells: table 三 is read and its row labels are no headings', () => {
  const text = [...HEAD, ...APPS_HEADER, ...blankRow('一、本年新收政府信息公开申请数量', '0'), ...blankRow('二、上年结转政府信息公开申请数量', '0'),
    '三、本年度办理结果', '', '(一)予以公开', ''].join('\n');
  const bs = findTables(new LineMap(text));
  assert.equal(bs.length, 1);
  const cells = bs[0].rows.flatMap((r) => r.cells.map((c) => c.text));
  const i = cells.indexOf('一、本年新收政府信息公开申请数量');
  assert.deepEqual(cells.slice(i + 1, i + 8), ['', '', '', '', '', '', '0']);
  const a = analyze(text);
  assert.ok(!a.doc.headings.some((h) => h.title.includes('本年新收')), 'row labels are cells');
  assert.ok(a.report!.tables.get('applications'));
  const blanks = lint(text).findings.filter((f) => f.rule === 'table-cell-invalid');
  assert.equal(blanks.length, 2);
  assert.ok(blanks.every((f) => f.message.includes('自然人') && f.message.includes('为空')), blanks.map((f) => f.message).join('\n'));
});

test('a long gap followed by text still ends the table; short prose paragraphs stay prose', () => {
  const text = [...HEAD, ...APPS_HEADER, '一、本年新收政府信息公开申请数量', '', '1', '', '0', '', '0', '', '0', '', '0', '', '0', '', '1', '', '',
    '二、上年结转政府信息公开申请数量', '', '0', '', '0', '', '0', '', '0', '', '0', '', '0', '', '0', '', '', '', '', '', '四、政府信息公开行政复议、行政诉讼情况', '', '本年度未发生。'].join('\n');
  const bs = findTables(new LineMap(text));
  assert.equal(bs.length, 1);
  assert.ok(!bs[0].rows.some((r) => r.cells.some((c) => c.text.includes('行政复议'))));
  assert.ok(!bs[0].rows.some((r) => r.cells.some((c) => c.value.type === 'empty')), 'no blank cell invented before a heading');
  assert.deepEqual(findTables(new LineMap(['我局高度重视', '', '', '', '', '12', '', '政务公开工作'].join('\n'))), []);
});

test('a header cell broken over two short lines (本年新 / 制作数量) is one cell, so the table is read', () => {
  const active = ['二、主动公开政府信息情况', '', '第二十条第(一)项', '', '信息内容', '', '本年新\n制作数量', '', '本年新\n公开数量', '', '对外公开总数量', '',
    '规章', '', '0', '', '0', '', '0', '', '规范性文件', '', '3', '', '3', '', '3', '', '第二十条第(五)项', '', '信息内容', '', '上一年项目数量', '', '本年增/减', '', '处理决定数量', '',
    '行政许可', '', '0', '', '0', '', '0', '', '其他对外管理服务事项', '', '0', '', '0', '', '0', ''];
  const text = ['某某镇2023年政府信息公开工作年度报告', '', '一、总体情况', '', '2023年，我镇认真贯彻《条例》。', '', ...active].join('\n');
  const bs = findTables(new LineMap(text));
  assert.equal(bs.length, 1);
  const cells = bs[0].rows.flatMap((r) => r.cells.map((c) => c.text));
  assert.ok(cells.includes('本年新制作数量') && cells.includes('本年新公开数量'), cells.join('/'));
  // The 2019 columns in a 2023 report: the table is read, so the outdated format is reported.
  assert.ok(lint(text).findings.some((f) => f.rule === 'format-outdated'));
});

test('more blank lines than a row has blank cells: a figure they push out of the row is no part of its label (no false row total)', () => {
  // 一、本年新收… / 10 / then eleven blank lines / 10: the ten blank cells after the first figure leave no slot for the
  // last one. The row is read with doubt (no values), never as a label 一、本年新收…10 with 总计 10 and the rest blank.
  const row = ['一、本年新收政府信息公开申请数量', '', '10', '', '', '', '', '', '', '', '', '', '', '', ' 10', ''];
  const text = [...HEAD, ...APPS_HEADER, ...row, ...blankRow('二、上年结转政府信息公开申请数量', '0'), '三、本年度办理结果', '', '(一)予以公开', ''].join('\n');
  const r = analyze(text).report!.tables.get('applications')!.rows.find((x) => x.rowId === 'new')!;
  assert.ok(!/\d/.test(r.label), r.label);
  assert.equal([...r.values.values()].filter((c) => c.text !== '').length, 0);
  assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'table-row-total').map((f) => f.message), []);
});

test('blank label slots before a row\'s figures (merged label cells copied as blank cells) do not shift its figures', () => {
  // A web table whose row labels span three slots (三、本年度办理结果 / （一）予以公开 / …), copied one cell per paragraph:
  // 一、本年新收… is followed by its two blank label slots, then 26, five blank cells, 26. The blank cells beyond the
  // seven values are the row's own while a figure follows: its figures stay in 自然人 and 总计.
  const row = (label: string, slots: number, first: string, total: string) => [label, '', ...Array(slots).fill(''), first, '', '', '', '', '', '', total, ''];
  const text = [...HEAD, ...APPS_HEADER, ...row('一、本年新收政府信息公开申请数量', 2, '26', '26'), ...row('二、上年结转政府信息公开申请数量', 2, '0', '0'),
    '三、本年度办理结果', '', ...row('(一)予以公开', 1, '26', '26'), '四、政府信息公开行政复议、行政诉讼情况', '', '本年度未发生。'].join('\n');
  const rows = analyze(text).report!.tables.get('applications')!.rows;
  for (const id of ['new', 'open']) {
    const r = rows.find((x) => x.rowId === id)!;
    assert.equal(r.values.get('natural')?.text, '26', id);
    assert.equal(r.values.get('business')?.text, '', id);
    assert.equal(r.values.get('total')?.text, '26', id);
  }
  assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'table-row-total' || f.rule === 'table-balance').map((f) => f.message), []);
});
