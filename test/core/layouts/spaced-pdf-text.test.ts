// PDF text with layout as `pdftotext -layout` prints whole reports (issue #12, layout 3): the form
// feed before the first line of each page, and a first row whose cells are all blank (its label
// alone between the column headers and the first row of figures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { findSpacedTables } from '../../../server/src/core/parse/layouts/spaced';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我区依法做好政府信息公开工作。\n';
const ACTIVE = [
  '二、主动公开政府信息情况',
  '                         第二十条第（一）项',
  '      信息内容          本年制发件数      本年废止件数      现行有效件数',
  '        规章',
  '    行政规范性文件            5                 2                31',
  '                         第二十条第（五）项',
  '      信息内容                        本年处理决定数量',
  '      行政许可                              1532',
  '                         第二十条第（六）项',
  '      信息内容                        本年处理决定数量',
  '      行政处罚                               416',
  '      行政强制                                12',
  '                         第二十条第（八）项',
  '      信息内容                     本年收费金额（单位：万元）',
  '    行政事业性收费                            0',
];

const rowsOf = (text: string) => findSpacedTables(new LineMap(text), () => true)
  .flatMap((b) => b.rows.map((r) => [r.line + 1, r.cells.map((c) => c.text)] as [number, string[]]));

test('a first row whose cells are all blank: its label alone under the column headers is a row, not header text', () => {
  const text = HEAD + ACTIVE.join('\n') + '\n三、收到和处理政府信息公开申请情况\n';
  const rows = rowsOf(text);
  assert.deepEqual(rows[0], [7, ['规章']]);
  assert.deepEqual(rows[1], [8, ['行政规范性文件', '5', '2', '31']]);
  const t = analyze(text).report!.tables.get('active')!;
  const rules = t.rows.find((r) => r.rowId === 'rules');
  assert.ok(rules, 'the row 规章 is read');
  assert.equal(rules!.values.size, 0);
  assert.equal(t.rows.find((r) => r.rowId === 'normative')!.values.get('inForce')!.text, '31');
  const f = lintText(text).findings;
  assert.ok(!f.some((x) => x.rule === 'table-row-missing'), JSON.stringify(f.map((x) => x.message)));
});

test('precision: one-cell header text or a numbered label head above the first row stays out of the rows', () => {
  // No line of column headers above the lone line: it is a title of the table, not a row.
  const caption = ['        申请人情况', '    一、本年新收政府信息公开申请数量     3   0   0   0   0   0   3', '    二、上年结转政府信息公开申请数量     1   0   0   0   0   0   1'];
  assert.deepEqual(rowsOf(caption.join('\n')).map((r) => r[0]), [2, 3]);
  // A numbered head under the headers begins the split label of the row below (一、本年新收 / 政府信息公开申请数量).
  const split = ['   信息内容     自然人   商业企业   总计', '   一、本年新收', '   政府信息公开申请数量     3   0   3', '   二、上年结转政府信息公开申请数量     1   0   1'];
  const r = rowsOf(split.join('\n'));
  assert.deepEqual(r[0][1], ['一、本年新收', '政府信息公开申请数量', '3', '0', '3']);
  assert.equal(r.length, 2);
  // One character of vertical header text is never a row.
  const vertical = ['   信息内容     本年制发件数   本年废止件数', '      计', '   规章     1   0', '   行政规范性文件     2   1'];
  assert.deepEqual(rowsOf(vertical.join('\n')).map((x) => x[1][0]), ['规章', '行政规范性文件']);
});

test('the form feed pdftotext puts before the first line of a page is space: a section heading there ends the table', () => {
  const lines = [...ACTIVE.slice(0, 3), '        规章                   0                 0                 0', ...ACTIVE.slice(4)];
  const text = HEAD + lines.join('\n') + '\n\f  三、收到和处理政府信息公开申请情况\n                      申请人情况\n                    法人或其他组织\n' +
    '    一、本年新收政府信息公开申请数量     3   0   0   0   0   0   3\n四、政府信息公开行政复议、行政诉讼情况\n';
  const rows = rowsOf(text);
  assert.ok(!rows.some(([, cells]) => cells.some((c) => c.includes('收到和处理'))), JSON.stringify(rows));
  const a = analyze(text);
  assert.ok(a.report!.sections.get('applications')!.sections.length, 'the heading after the form feed is the section 三');
  const fees = a.report!.tables.get('active')!.rows.find((r) => r.rowId === 'fees')!;
  assert.deepEqual([...fees.values.values()].map((c) => c.text), ['0']);
  assert.ok(!lintText(text).findings.some((x) => x.rule === 'section-missing' && x.message.includes('收到和处理')));
});

test('two rows of figures, both short and no full row to line them up: table-unreadable, no shape errors', () => {
  const t3 = [
    '三、收到和处理政府信息公开申请情况',
    '                                     申请人情况',
    '   （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）   自然人     法人或其他组织',
    '                          商业企业   科研机构    社会公益组织   法律服务机构   其他 总计',
    '     一、本年新收政府信息公开申请数量                                             2',
    '     二、上年结转政府信息公开申请数量                                             1',
    '四、政府信息公开行政复议、行政诉讼情况',
  ];
  const f = lintText(HEAD + ACTIVE.join('\n') + '\n' + t3.join('\n') + '\n').findings;
  assert.ok(!f.some((x) => x.rule === 'table-shape'), JSON.stringify(f.map((x) => x.message)));
  assert.equal(f.filter((x) => x.rule === 'table-unreadable' && x.message.startsWith('表三')).length, 1);
  // precision: one full row among them lines the short one up (a blank cell, no unreadable table).
  const full = t3.map((l) => (l.includes('本年新收') ? '     一、本年新收政府信息公开申请数量          1       0         0          0          1     0   2' : l));
  const g = lintText(HEAD + ACTIVE.join('\n') + '\n' + full.join('\n') + '\n').findings;
  assert.ok(!g.some((x) => x.rule === 'table-unreadable' && x.message.startsWith('表三')), JSON.stringify(g.map((x) => x.message)));
});
