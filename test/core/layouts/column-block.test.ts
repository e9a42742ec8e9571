// PDF text in reading order (column-block layout): one cell per line, values printed as a
// column block away from their labels. Read only when the values fit the table unambiguously.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineMap } from '../../../server/src/core';
import { findTables } from '../../../server/src/core/parse/layouts';
import { findColumnBlocks } from '../../../server/src/core/parse/layouts/column-block';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText, lineRules, ROOT } from '../helpers';
import { bestRatio } from '../growth';

const C03 = readFileSync(join(ROOT, 'test', 'fixtures', 'real', 'c03-hongze-2023-pdfcopy.txt'), 'utf8');
const lines = C03.split('\n');
/** Lines [from, to] (1-based) of c03. */
const excerpt = (from: number, to: number) => lines.slice(from - 1, to).join('\n');

const HEAD = '某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我区依法做好政府信息公开工作。\n';

test('column-block: c03 table 四, 15 values after a scrambled header with a stray 总计, is read and its totals checked', () => {
  const r = lintText(C03);
  const review = r.findings.filter((f) => f.rule === 'review-total');
  assert.equal(review.length, 2, JSON.stringify(review.map((f) => f.message)));
  assert.match(review[0].message, /总计 0 ≠ 结果维持 10 \+ 结果纠正 1/);
  assert.match(review[1].message, /复议后起诉.*结果维持 5/);
  // Each finding covers its group's five values (one per line, away from the labels), first value to the total
  // (with the stray 总计 header line the PDF printed among them).
  const span = (f: (typeof review)[0]) => C03.slice(f.start, f.end).split(/\s+/).filter(Boolean).join(' ');
  assert.equal(span(review[0]), '10 1 0 0 0');
  assert.equal(span(review[1]), '5 0 0 0 总计 0');
  assert.deepEqual(lineRules(C03, r).filter((x) => x.endsWith(':review-total')), ['423:review-total', '443:review-total']);
  // The fix still writes only the total cell.
  const edits = review[1].fix?.edits ?? [];
  assert.ok(edits.every((e) => C03.slice(e.start, e.end) === '0' && e.start >= review[1].end - 1));
});

test('column-block: a row read across a column-wise block is reported at its total cell alone; a grid total too', () => {
  const grid = [
    HEAD,
    '四、政府信息公开行政复议、行政诉讼情况',
    '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
    '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
    '| 2 | 1 | 0 | 0 | 4 | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 |',
  ].join('\n');
  const f = lintText(grid).findings.filter((x) => x.rule === 'review-total');
  assert.equal(f.length, 1);
  assert.equal(grid.slice(f[0].start, f[0].end), '4');
});

test('column-block: c03 table 三 (values column-wise away from labels) gives one info finding and no arithmetic', () => {
  const r = lintText(C03);
  const rules = lineRules(C03, r, ['error', 'warning', 'info']);
  for (const bad of ['table-balance', 'table-subtotal', 'table-row-total', 'carryover-mismatch', 'text-table-mismatch']) {
    assert.ok(!rules.some((x) => x.endsWith(`:${bad}`)), `${bad}: ${rules.join(' ')}`);
  }
  const unreadable = r.findings.filter((f) => f.rule === 'table-unreadable');
  assert.equal(unreadable.length, 1);
  assert.equal(unreadable[0].severity, 'info');
  assert.match(unreadable[0].message, /^表三/);
  // Table 二 (one value per label in each block) is read: no finding on it.
  assert.ok(!rules.some((x) => Number(x.split(':')[0]) < 100 && /table-/.test(x)), rules.join(' '));
});

test('column-block: c03 table 二 blocks are read with every value in its row, at its exact offset', () => {
  const text = `${HEAD}${excerpt(41, 99)}\n`;
  const t = analyze(text).report!.tables.get('active')!;
  assert.equal(t.layout, 'column-block');
  const v = (row: string, col: string) => {
    const c = t.rows.find((x) => x.rowId === row)!.values.get(col)!;
    assert.equal(text.slice(c.start, c.end), c.text);
    return c.text;
  };
  assert.deepEqual(['issued', 'repealed', 'inForce'].map((c) => v('normative', c)), ['0', '5', '5']);
  assert.equal(v('licensing', 'decisions'), '550'); // the value printed before its label
  assert.equal(v('penalty', 'decisions'), '4119');
  assert.equal(v('enforcement', 'decisions'), '195');
  assert.equal(v('fees', 'feeAmount'), '7730.28');
});

test('column-block: table 四 with 14 or 16 values, or with a word between the values, is not read', () => {
  const t4 = excerpt(395, 453);
  const fewer = t4.replace(/\n10\n/, '\n');
  const more = t4.replace(/\n10\n/, '\n10\n\n3\n');
  const word = t4.replace(/\n总计\n/, '\n未统计\n');
  for (const body of [fewer, more, word]) {
    const r = lintText(`${HEAD}${body}\n`);
    assert.ok(!r.findings.some((f) => f.rule === 'review-total'), body);
    assert.equal(r.findings.filter((f) => f.rule === 'table-unreadable').length, 1);
  }
});

test('column-block: the reader keeps every line as one cell with its exact range, and stops at headings and prose', () => {
  const text = '（三）主动公开情况。\n第二十条\n\n1\n2\n\n3\n二、下一节\n4\n';
  const blocks = findColumnBlocks(new LineMap(text));
  assert.equal(blocks.length, 1);
  assert.deepEqual(blocks[0].rows.map((r) => r.cells[0].text), ['第二十条', '1', '2', '3']);
  for (const r of blocks[0].rows) assert.equal(text.slice(r.cells[0].start, r.cells[0].end), r.cells[0].text);
});

test('column-block: wrapped prose, addresses and lists are not tables', () => {
  const prose = [
    '2023 年，我区在政府网站平台主动公开政府信息',
    '1136',
    '条，受理申请 21 件，均在法定期限答复',
    '地址：某市某区某路 90',
    '号',
    '电话',
    '2',
  ].join('\n');
  assert.equal(findColumnBlocks(new LineMap(prose)).length, 0);
  // Numbers in a list of short lines outside any statutory table section: read as a block, owned by no table.
  const list = `${HEAD}附：\n甲\n1\n乙\n2\n丙\n3\n`;
  const r = lintText(list);
  assert.equal(analyze(list).report!.tables.size, 0);
  assert.equal(r.findings.filter((f) => f.rule === 'table-unreadable').length, 0);
});

test('column-block: a delimited table is read by its own reader, not as a column block', () => {
  const text = '| 规章 | 1 | 0 | 1 |\n| 行政规范性文件 | 0 | 0 | 0 |\n1\n2\n3\n';
  const blocks = findTables(new LineMap(text));
  assert.equal(blocks[0].layout, 'loose-pipe');
  assert.notEqual(blocks[0].layout, 'column-block');
  assert.ok(blocks.every((b) => b.layout !== 'column-block' || b.startLine >= 2));
});

test('column-block: the reader is linear (growth ratio of two sizes, no absolute time)', () => {
  const unit = '行政处罚\n\n4119\n\n行政强制\n195\n';
  // 8 times the input: linear gives about 8 (up to ≈ 12 where the collector works harder on the larger heap of rows), quadratic 64.
  const { ratio, small, large } = bestRatio(unit.repeat(4000), unit.repeat(32000), (text) => findColumnBlocks(new LineMap(text)), { limit: 24, floorMs: 30 });
  assert.ok(ratio < 24, `8x input took ${ratio.toFixed(1)}x (${small.toFixed(1)} ms, ${large.toFixed(1)} ms)`);
});

test('column-block: table 四 whose values come in the PDF blocks\' order (header words of other columns between them) is not read', () => {
  // pdftotext's reading order of a published 表四 (淮安市 2024, set nM 07): 复议's four results, then the header
  // words of the lawsuit columns, then 复议后起诉's values, then 复议's total 351, then 未经复议直接起诉's.
  const table = (body: string[]) => `${HEAD}四、政府信息公开行政复议、行政诉讼情况\n${['行政复议', '', '行政诉讼', '', '未经复议直接起诉', ...body].join('\n')}\n五、存在的主要问题及改进情况\n无。\n`;
  const scrambled = table(['结果', '结果', '其他结', '尚未', '维持', '纠正', '果', '审结', '总计',
    '72', '64', '178', '37', '结 果', '结果', '其他', '复议后起诉', '尚未', '结果', '结果', '其他', '尚未审', '维持', '纠正', '结果', '结',
    '12', '1', '1', '6', '总计', '351', '维持', '纠正', '结果', '审结', '13', '4', '8', '1', '26', '总计', '20']);
  const r = lintText(scrambled);
  assert.deepEqual(r.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !f.rule.startsWith('section-')).map((f) => f.rule), []);
  assert.equal(r.findings.filter((f) => f.rule === 'table-unreadable').length, 1);
  // The same values printed column by column, each under its header: the statutory order, read and checked.
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const values = ['72', '64', '178', '37', '350', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20'];
  const byColumn = table(values.flatMap((v, i) => [heads[i % 5], v]));
  const review = lintText(byColumn).findings.filter((f) => f.rule === 'review-total');
  assert.equal(review.length, 1);
  assert.match(review[0].message, /总计 350 ≠ 结果维持 72/);
});

test('column-block: two values a PDF → HTML conversion ran into one line (72 64) among lone values are two cells', () => {
  const heads = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果', '结果', '其他', '尚未', '总计', '维持', '纠正', '结果', '审结'];
  const body = ['72 64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '21'];
  const text = `${HEAD}四、政府信息公开行政复议、行政诉讼情况\n${[...heads, ...body].join('\n')}\n五、存在的主要问题及改进情况\n无。\n`;
  const review = lintText(text).findings.filter((f) => f.rule === 'review-total');
  assert.equal(review.length, 1);
  assert.match(review[0].message, /复议后起诉.*总计 21 ≠ 结果维持 12/);
  // Each value keeps its exact range.
  const t = analyze(text).report!.tables.get('review')!;
  const cells = [...t.rows[0].values.values()];
  assert.deepEqual(cells.slice(0, 2).map((c) => text.slice(c.start, c.end)), ['72', '64']);
});
