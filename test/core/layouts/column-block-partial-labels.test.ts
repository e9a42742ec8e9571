// PDF text in reading order whose table 三 comes row by row for its first rows and column by column
// for the rest (pdftotext's default mode on a published report: the first row's figures before any
// label, its label printed far below among the others). The table cannot be placed as a whole; the
// rows printed row by row are read in part (parse/layouts/column-block-partial.ts) and the prose is
// compared with them; its labels are still judged (table-row-unknown, format-outdated), also where
// nothing can be placed at all. Text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText } from '../helpers';

const head = (received: number) => '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n'
  + `2024年，区政府办代表区政府受理政府信息公开申请 ${received} 件，均已在法定期限内予以答复。\n`
  + '二、主动公开政府信息情况\n2024年主动公开信息1200条。\n三、收到和处理政府信息公开申请情况\n';
const TOP = ['申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等', '于第三项加第四项之和）', '法人或其他组织', '自然人',
  '社会 法律', '商业 科研', '公益 服务 其他', '企业 机构', '组织 机构', '总计'];
const seven = (first: string, total = first) => [first, '0', '0', '0', '0', '0', total];
/** Rows 一 (no label), 二, （一）, （二）, then the rest column by column and the labels in a heap. */
const ROWS = [...seven('95'), '二、上年结转政府信息公开申请数量', ...seven('0'), '（一）予以公开', ...seven('50'),
  '（二）部分公开（区分处理的，只计这一情 形，不', '计其他情形）', ...seven('9'), '0', '0', '1', '0', '0', '1', '1', '0', '31', '0', '0', '0',
  '三 、本 年 度办 理 结果', '一、本年新收政府信息公开申请数量', '1.属于国家秘密', '（三）不予公开', '（四）无法提供', '1.本机关不掌握相关政府信息', '1', '0', '1', '0', '（七）总计', '0', '95', '0',
  '四、结转下年度继续办理', '0', '0'];
const TAIL = '\n四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n';
const page = (received: number, rows = ROWS) => head(received) + [...TOP, ...rows].join('\n') + TAIL;

const tables = (text: string) => analyze(text).report!;
const rules = (text: string) => lintText(text).findings.map((f) => f.rule);

test('the first rows of a table that turns to column order are read in part: row 一 before any label, then 二 and （一）', () => {
  const text = page(17);
  const t = tables(text).tables.get('applications')!;
  assert.equal(t.partial, true);
  assert.deepEqual(t.rows.filter((r) => r.values.size).map((r) => r.rowId), ['new', 'carried', 'open']);
  assert.equal(t.rows[0].values.get('total')!.text, '95');
  const f = lintText(text).findings;
  const mismatch = f.filter((x) => x.rule === 'text-table-mismatch');
  assert.equal(mismatch.length, 1, f.map((x) => x.rule).join(' '));
  assert.equal(text.slice(mismatch[0].start, mismatch[0].end), '17 件');
  assert.match(mismatch[0].message, /95/);
  assert.match(f.find((x) => x.rule === 'table-unreadable')!.message, /只有 3 行/);
  // The rows not read are neither missing nor zero.
  assert.ok(!f.some((x) => /^table-(balance|subtotal|row-total|row-missing|shape)$/.test(x.rule)), f.map((x) => x.rule).join(' '));
});

test('prose that agrees with the rows read is not reported', () => {
  assert.ok(!rules(page(95)).includes('text-table-mismatch'));
});

test('values before the first label that are not one row, or not followed by row 二: row 一 is not read, nor compared', () => {
  for (const rows of [['3', ...ROWS], [...seven('95'), '（一）予以公开', ...seven('50'), '（二）部分公开', ...seven('9'), '1', '0']]) {
    const t = tables(page(17, rows)).tables.get('applications');
    assert.ok(!t?.rows.some((r) => r.rowId === 'new'), JSON.stringify(rows.slice(0, 9)));
    assert.ok(!rules(page(17, rows)).includes('text-table-mismatch'));
  }
});

test('a misspelt row label is reported once with the statutory label, whether the table is read in part or not at all', () => {
  const misspelt = (rows: string[]) => {
    const at = rows.indexOf('1.属于国家秘密') + 1;
    return [...rows.slice(0, at), '2.其他法律行政止公开', '3.危及“三安全一稳定”', ...rows.slice(at)];
  };
  // Read in part; and nothing placed (eight figures before row 二, whose own run on: one row certain at most).
  const none = ['3', ...seven('95'), '二、上年结转政府信息公开申请数量', ...seven('0'), '4', ...ROWS.slice(ROWS.indexOf('（一）予以公开'))];
  for (const rows of [misspelt(ROWS), misspelt(none)]) {
    const text = page(95, rows);
    const f = lintText(text).findings.filter((x) => x.rule === 'table-row-unknown');
    assert.equal(f.length, 1, f.map((x) => x.message).join(' | '));
    assert.equal(text.slice(f[0].start, f[0].end), '2.其他法律行政止公开');
    assert.match(f[0].message, /2\.其他法律行政法规禁止公开/);
  }
  assert.ok(tables(page(95, misspelt(none))).unreadable?.some((t) => t.id === 'applications'));
  // Written right, nothing is reported.
  assert.ok(!rules(page(95, none.map((r) => r))).includes('table-row-unknown'));
});

test('a table read in part or not at all with the 2019 single row （六）其他处理 and none of its 2021 sub-rows: format-outdated at it', () => {
  const single = [...ROWS.slice(0, -3), '（六）其他处理', ...ROWS.slice(-3)];
  const f = lintText(page(95, single)).findings.filter((x) => x.rule === 'format-outdated');
  assert.equal(f.length, 1);
  assert.equal(page(95, single).slice(f[0].start, f[0].end), '（六）其他处理');
  // With a sub-row's label (broken over lines as PDF text prints it), or in a text cut inside the table: nothing.
  const split = [...ROWS.slice(0, -3), '（六）其他处理', '1.申请人无正当理由逾期不补', '正、行政机关不再处理其政府', '信息公开申请', ...ROWS.slice(-3)];
  assert.ok(!rules(page(95, split)).includes('format-outdated'));
  const cut = head(17) + [...TOP, ...ROWS.slice(0, -3), '（六）其他处理'].join('\n');
  const t = tables(cut).tables.get('applications') ?? tables(cut).unreadable?.find((x) => x.id === 'applications');
  assert.equal(t?.blocks[t.blocks.length - 1].cut, true);
  assert.ok(!rules(cut).includes('format-outdated'));
});
