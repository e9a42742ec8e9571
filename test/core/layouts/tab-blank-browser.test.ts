// Browser copies of the statutory tables (tab-separated cells) whose figures were left blank on the
// page: every empty slot is kept as a tab, captions and spanning group labels are lines without a
// tab. Texts of our own in the shapes a re-layout of the real pages into such copies showed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText, lineRules, tableCells } from '../helpers';

const T = '\t';
const row = (...cells: string[]) => cells.join(T);
const HEAD = '某镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我镇依法做好政府信息公开工作。\n';

const ACTIVE_BLANK = [
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
  row('规章', '', '', ''),
  row('行政规范性文件', '', '2', '7'),
  '第二十条第（五）项',
  row('信息内容', '本年处理决定数量'),
  row('行政许可', ''),
  '第二十条第（六）项',
  row('信息内容', '本年处理决定数量'),
  row('行政处罚', ''),
  row('行政强制', ''),
  '第二十条第（八）项',
  row('信息内容', '本年收费金额（单位：万元）'),
  row('行政事业性收费', ''),
].join('\n');

const cells = (text: string, table: string) => tableCells(text, table);

test('tab copy: a one-column block of table 二 whose figure is blank is still a block of the table', () => {
  const text = `${HEAD}${ACTIVE_BLANK}\n`;
  assert.deepEqual(cells(text, 'active'), {
    rules: ['', '', ''],
    normative: ['', '2', '7'],
    licensing: [''],
    penalty: [''],
    enforcement: [''],
    fees: [''],
  });
  const rules = lineRules(text, lintText(text), ['error', 'warning']);
  assert.ok(!rules.some((x) => /table-row-missing|table-shape/.test(x)), rules.join(' '));
});

test('tab copy: a blank slot before the figures of a row as wide as its block keeps every figure in its column', () => {
  const text = `${HEAD}${ACTIVE_BLANK}\n`;
  assert.deepEqual(cells(text, 'active').normative, ['', '2', '7']);
  // Blank slots on both sides of a figure (the last one a trailing tab).
  const both = text.replace(row('行政规范性文件', '', '2', '7'), row('行政规范性文件', '', '2', ''));
  assert.deepEqual(cells(both, 'active').normative, ['', '2', '']);
  // A row with fewer slots than its block (the copy lost some) is not read by position.
  const short = text.replace(row('行政规范性文件', '', '2', '7'), row('行政规范性文件', '2', '7'));
  const r = lintText(short);
  assert.ok(r.findings.some((f) => f.rule === 'table-shape'), r.findings.map((f) => f.rule).join(' '));
});

test('tab copy: a group label spanning its row (a line without tabs) does not end table 三', () => {
  const values = (n: number) => Array.from({ length: 7 }, (_, i) => (i === 0 ? String(n) : i === 6 ? String(n) : '0'));
  const text = [
    HEAD.trimEnd(),
    '三、收到和处理政府信息公开申请情况',
    row('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'),
    row('一、本年新收政府信息公开申请数量', ...values(3)),
    row('二、上年结转政府信息公开申请数量', ...values(0)),
    '三、本年度办理结果',
    row('（一）予以公开', ...values(2)),
    row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...values(1)),
    '（三）不予公开',
    row('1.属于国家秘密', ...values(0)),
  ].join('\n');
  const got = cells(text, 'applications');
  assert.deepEqual(got.open, ['2', '0', '0', '0', '0', '0', '2']);
  assert.deepEqual(got.partial, ['1', '0', '0', '0', '0', '0', '1']);
  assert.deepEqual(got['deny-1'], ['0', '0', '0', '0', '0', '0', '0']);
  // A prose line between two tab blocks still ends the table.
  const prose = text.replace('三、本年度办理结果', '本年度办理结果如下表所示，其中予以公开2件。');
  assert.equal(analyze(prose).report!.tables.get('applications')!.rows.filter((r) => r.rowId === 'open').length, 1);
});

test('tab copy without part headings: blocks of table 二 parted only by their captions stay one table', () => {
  const body = ACTIVE_BLANK.replace(/行政处罚\t/, '行政处罚\t4').replace(/行政强制\t/, '行政强制\t1').replace('二、主动公开政府信息情况\n', '');
  const text = `某镇人民政府2023年政府信息公开工作年度报告\n${body}\n`;
  const t = analyze(text).report?.tables.get('active');
  assert.ok(t, 'table 二 read');
  assert.deepEqual(t.rows.filter((r) => r.rowId === 'penalty' || r.rowId === 'enforcement').map((r) => [...r.values.values()].map((c) => c.text)), [['4'], ['1']]);
  // Two tab tables parted by a paragraph of prose are not joined.
  const parted = text.replace('第二十条第（六）项', '以上为本年度制发文件情况，详见附件。行政处罚情况如下。\n另有说明事项若干，一并报告。\n第三段说明。');
  const t2 = analyze(parted).report?.tables.get('active');
  assert.ok(!t2 || !t2.rows.some((r) => r.rowId === 'penalty'));
});
