// One cell per line with no blank line between cells, a blank line a blank cell
// (parse/layouts/blank-cells.ts, read by layouts/blank-cells-read.ts): the table is read only when
// every row takes exactly the values the format gives it. Own text, the structure of a web copy
// of a 2019-format report (the 上海市人民政府办公厅 2019 page copied as text: /work/realpages/iA/02).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { findTables } from '../../../server/src/core/parse/layouts';

const HEAD = ['某某区人民政府办公室2019年政府信息公开工作年度报告', '一、总体情况', '2019年，我办认真贯彻《条例》，做好政府信息公开工作。'];
const ACTIVE = ['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量',
  '规章', '1', '1', '20', '规范性文件', '6', '6', '36', '第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量',
  '行政许可', '0', '0', '0', '其他对外管理服务事项', '0', '0', '0', '第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量',
  '行政处罚', '0', '0', '0', '行政强制', '0', '0', '0', '第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '0', '0',
  '第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购', '3', '25100元'];
const APPS_HEAD = ['三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人',
  '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
/** Table 三's rows: label, then its seven cells, a blank cell an empty line. */
const row = (label: string, cells: string[]) => [label, ...cells];
const Z = ['', '', '', '', '', '', ''];
const APPS_ROWS = [
  ...row('一、本年新收政府信息公开申请数量', ['8', '2', '', '', '', '', '10']),
  ...row('二、上年结转政府信息公开申请数量', ['1', '', '', '', '', '', '1']),
  '三、本年度办理结果', ...row('（一）予以公开', ['5', '1', '', '', '', '', '6']),
  ...row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ['1', '', '', '', '', '', '']),
  '（三）不予公开', ...row('1.属于国家秘密', Z), ...row('2.其他法律行政法规禁止公开', Z), ...row('3.危及“三安全一稳定”', Z),
  ...row('4.保护第三方合法权益', Z), ...row('5.属于三类内部事务信息', Z), ...row('6.属于四类过程性信息', Z), ...row('7.属于行政执法案卷', Z),
  ...row('8.属于行政查询事项', Z),
  '（四）无法提供', ...row('1.本机关不掌握相关政府信息', ['2', '1', '', '', '', '', '3']), ...row('2.没有现成信息需要另行制作', Z),
  ...row('3.补正后申请内容仍不明确', Z),
  '（五）不予处理', ...row('1.信访举报投诉类申请', Z), ...row('2.重复申请', Z), ...row('3.要求提供公开出版物', Z),
  ...row('4.无正当理由大量反复申请', Z), ...row('5.要求行政机关确认或重新出具已获取信息', Z),
  ...row('（六）其他处理', Z), ...row('（七）总计', ['8', '2', '', '', '', '', '10']), ...row('四、结转下年度继续办理', ['1', '', '', '', '', '', '1']),
];
const REVIEW = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计',
  '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计',
  '1', '', '', '', '1', '', '1', '', '', '1', '', '', '', '', ''];
const TAIL = ['五、政府信息公开工作存在的主要问题及改进情况', '我办政府信息公开工作还存在一些不足，下一步将加强培训。', '六、其他需要报告的事项', '无。'];
const draft = (apps = APPS_ROWS) => [...HEAD, ...ACTIVE, ...APPS_HEAD, ...apps, ...REVIEW, ...TAIL].join('\n');

test('blank lines between cells that run together are blank cells: tables 三 and 四 are read cell by cell', () => {
  const text = draft();
  const bs = findTables(new LineMap(text)).filter((b) => b.positional);
  assert.equal(bs.length, 2, 'tables 三 and 四 (table 二 has no blank cell: read as before)');
  const a = analyze(text);
  const apps = a.report!.tables.get('applications');
  assert.ok(apps, 'table 三 read');
  const vals = (id: string) => [...apps.rows.find((r) => r.rowId === id && r.kind === 'data')!.values.values()].map((c) => c.text);
  assert.deepEqual(vals('new'), ['8', '2', '', '', '', '', '10']);
  assert.deepEqual(vals('partial'), ['1', '', '', '', '', '', '']);
  const review = a.report!.tables.get('review');
  assert.ok(review, 'table 四 read, its blank cells after the last figure included');
  assert.equal([...review.rows.find((r) => r.kind === 'data')!.values.values()].filter((c) => c.text === '1').length, 4);
  assert.ok(a.report!.tables.get('active'), 'table 二 read, 25100元 a value');
  const f = lint(text).findings;
  assert.ok(!f.some((x) => x.rule === 'table-unreadable'), f.map((x) => x.message).join('\n'));
  // The blank 总计 beside a figure is an error; blank cells are reported (info).
  const totals = f.filter((x) => x.rule === 'table-row-total');
  assert.ok(totals.some((x) => x.message.includes('部分公开') && x.severity === 'error'), f.map((x) => x.message).join('\n'));
  assert.ok(f.some((x) => x.rule === 'table-cell-invalid' && x.severity === 'info'));
});

test('a row with one blank line too many does not fit: no cell is placed by a guess, the table is reported unreadable', () => {
  const apps = [...APPS_ROWS];
  const at = apps.indexOf('（一）予以公开');
  apps.splice(at + 3, 0, '');
  const text = draft(apps);
  const a = analyze(text);
  assert.ok(!a.report!.tables.get('applications'));
  const f = lint(text).findings;
  const un = f.filter((x) => x.rule === 'table-unreadable');
  assert.equal(un.length, 1);
  assert.match(un[0].message, /^表三（第 \d+–\d+ 行）/);
  assert.deepEqual(f.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.rule), [], 'no arithmetic on guessed positions');
});

test('header words separated by blank lines (PDF reading order, blank-line separated copies) are not this layout', () => {
  const spaced = [...APPS_HEAD.slice(0, 3), '', ...APPS_HEAD.slice(3), ...APPS_ROWS].join('\n').replace(/\n(?=[自法总商科社律其])/g, '\n\n');
  assert.ok(!findTables(new LineMap(spaced)).some((b) => b.positional));
  // Prose and short lines without figures are never taken.
  assert.ok(!findTables(new LineMap(['一、总体情况', '我办', '高度重视', '信息公开', '', '', '工作', '1', '2', '3'].join('\n'))).some((b) => b.positional));
});

test('a header with blank cells of its own (runs of blank lines between its words) over rows with blank cells is this layout: never silently unread', () => {
  // A copy of a web table whose header cells span blank slots (申请人情况 over three, 法人或其他组织 over four):
  // each blank slot a blank line, so the header words do not run together.
  const head = [APPS_HEAD[0], APPS_HEAD[1], '', '', '申请人情况', '', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计', '', '', '', '',
    ...APPS_HEAD.slice(6)];
  const text = [...HEAD, ...ACTIVE, ...head, ...APPS_ROWS, ...REVIEW, ...TAIL].join('\n');
  assert.ok(findTables(new LineMap(text)).some((b) => b.positional && b.rows.some((r) => r.cells[0].text === '申请人情况')));
  const f = lint(text).findings;
  const apps = analyze(text).report!.tables.get('applications');
  // Its header's blank cells are no row's values: the rows are read in place, the blank 总计 beside a figure the
  // one error, as in the copy whose header runs together (first test).
  assert.ok(apps, f.map((x) => x.message).join('\n'));
  const errs = f.filter((x) => x.severity === 'error' || x.severity === 'warning');
  assert.deepEqual(errs.map((x) => x.rule), ['table-row-total'], errs.map((x) => x.message).join('\n'));
  assert.match(errs[0].message, /部分公开/);
});

test('a web table with merged label cells copied one cell per line: the blank slots they cover are no values, its rows are read in place', () => {
  // 一、本年新收… spans the three label columns (two blank slots after it), a sub-row's group column is a blank slot
  // before its label (a blank line between the row above and the label), as a browser copies such a table.
  const z = ['0', '', '', '', '', '', '0'];
  const rows: string[][] = [
    ['一、本年新收政府信息公开申请数量', '', '', '9', '2', '', '', '', '', '11'],
    ['二、上年结转政府信息公开申请数量', '', '', '1', '', '', '', '', '', '1'],
    ['三、本年度办理结果', '（一）予以公开', '', '5', '1', '', '', '', '', '6'],
    ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', ...z],
    ['', '（三）不予公开', '1.属于国家秘密', ...z],
    ...['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息',
      '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => ['', '', l, ...z]),
    ['', '（四）无法提供', '1.本机关不掌握相关政府信息', '2', '1', '', '', '', '', '3'],
    ...['2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l) => ['', '', l, ...z]),
    ['', '（五）不予处理', '1.信访举报投诉类申请', ...z],
    ...['2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l) => ['', '', l, ...z]),
    ['', '（六）其他处理', '', ...z],
    ['', '（七）总计', '', '7', '2', '', '', '', '', '9'],
    ['四、结转下年度继续办理', '', '', '3', '1', '', '', '', '', '4'],
  ];
  const head = [APPS_HEAD[0], APPS_HEAD[1], '', '', '申请人情况', '', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计', '', '', '', '',
    ...APPS_HEAD.slice(6)];
  const text = [...HEAD, ...ACTIVE, ...head, ...rows.flat(), ...REVIEW, ...TAIL].join('\n');
  const apps = analyze(text).report!.tables.get('applications');
  assert.ok(apps, 'table 三 read');
  const vals = (id: string) => [...apps!.rows.find((r) => r.rowId === id && r.kind === 'data')!.values.values()].map((c) => c.text);
  assert.deepEqual(vals('new'), ['9', '2', '', '', '', '', '11']);
  assert.deepEqual(vals('open'), ['5', '1', '', '', '', '', '6']);
  assert.deepEqual(vals('unable-1'), ['2', '1', '', '', '', '', '3']);
  assert.deepEqual(vals('next'), ['3', '1', '', '', '', '', '4']);
  const f = lint(text).findings;
  assert.ok(!f.some((x) => x.rule === 'table-unreadable' && x.message.startsWith('表三')), f.map((x) => x.message).join('\n'));
  // 一 + 二 = 三（七）+ 四 holds (11 + 1 = 9 + 4 fails by one: 12 ≠ 13), and is caught on the rows read.
  assert.ok(f.some((x) => x.severity === 'error' && /table-balance|table-col-sum|table-sum/.test(x.rule)), f.filter((x) => x.severity === 'error').map((x) => `${x.rule} ${x.message}`).join('\n'));
});
