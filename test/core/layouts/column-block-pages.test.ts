// PDF text in reading order (column-block layout) whose statutory table continues across a page
// break: the cells of one table come in several blocks, split by the page footer and header and
// by row labels that look like headings (二、上年结转…, 四、结转下年度继续办理). The blocks are read as
// one table when the cells fit the grid; otherwise one info finding covers all of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineMap } from '../../../server/src/core';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';
import { findColumnBlocks } from '../../../server/src/core/parse/layouts/column-block';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText, ROOT } from '../helpers';

const HEAD = '某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我区依法做好政府信息公开工作。\n';
const SPEC = FORMATS['gov-info-2021'].tables.applications as GridTable;
const COLS = SPEC.columns.map((c) => c.label);

/** Table 三 printed one cell per line, row by row, with a page break before `breakAt`. */
function table3(values: (id: string) => string[], breakAt = 'deny-5', pageBreak = ['', '', '', '', '-3-', '', '']): string {
  const out = ['三、收到和处理政府信息公开申请情况', '申请人情况', ...COLS];
  for (const r of SPEC.rows) {
    if (r.id === breakAt) out.push(...pageBreak, ...COLS);
    // A PDF cell wraps a long label at ~20 characters.
    const label = [...r.label];
    for (let i = 0; i < label.length; i += 20) out.push(label.slice(i, i + 20).join(''));
    if (!r.group) out.push(...values(r.id));
  }
  return `${HEAD}${out.join('\n')}\n四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n`;
}

/** One application from a natural person, made public. */
const ONE = (id: string) => (['new', 'open', 'total'].includes(id) ? ['1', '0', '0', '0', '0', '0', '1'] : ['0', '0', '0', '0', '0', '0', '0']);

test('column-block pages: table 三 across a page break (footer, repeated header, heading-like labels) is read as one table', () => {
  for (const pageBreak of [['', '', '', '', '-3-', '', ''], ['— 4 —'], ['第 3 页 共 9 页', '某区人民政府2023年政府信息公开工作年度报告']]) {
    const text = table3(ONE, 'deny-5', pageBreak);
    const a = analyze(text);
    const t = a.report!.tables.get('applications');
    assert.ok(t, `not read: ${JSON.stringify(pageBreak)} ${a.report!.unreadable?.map((u) => u.id)}`);
    assert.equal(t.layout, 'column-block');
    const total = t.rows.find((r) => r.rowId === 'total')!;
    assert.deepEqual(COLS.map((_, i) => total.values.get(SPEC.columns[i].id)!.text), ONE('total'));
    for (const r of t.rows) for (const c of r.values.values()) assert.equal(text.slice(c.start, c.end), c.text);
    const r = lintText(text);
    assert.deepEqual(r.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'section-missing').map((f) => f.rule), [], JSON.stringify(pageBreak));
  }
});

test('column-block pages: an arithmetic error on the second page is found', () => {
  const wrong = (id: string) => (id === 'total' ? ['1', '0', '0', '0', '0', '0', '2'] : ONE(id));
  const r = lintText(table3(wrong));
  assert.ok(r.findings.some((f) => f.severity === 'error' && /table-/.test(f.rule)), r.findings.map((f) => f.rule).join(' '));
});

test('column-block pages: a value missing on the second page leaves that row unread, one info finding covering every block, no false arithmetic', () => {
  const missing = (id: string) => (id === 'noproc-2' ? ['0', '0', '0', '0', '0', '0'] : ONE(id));
  const text = table3(missing);
  const r = lintText(text);
  assert.deepEqual(r.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'section-missing').map((f) => f.rule), []);
  const u = r.findings.filter((f) => f.rule === 'table-unreadable');
  assert.equal(u.length, 1);
  assert.equal(u[0].severity, 'info');
  // The rows each followed by exactly their values are read (a partial table); the short row is not.
  const lm = new LineMap(text);
  const t = analyze(text).report!.tables.get('applications')!;
  assert.equal(t.partial, true);
  assert.ok(!t.rows.some((x) => x.rowId === 'noproc-2') && t.rows.some((x) => x.rowId === 'noproc-3'));
  // The table's range (and the lines the message names) run from the first page's cells to the last value.
  assert.ok(t.start < text.indexOf('-3-') && t.end > text.indexOf('四、结转下年度继续办理'), `${t.start}-${t.end}`);
  const m = /第 (\d+)–(\d+) 行/.exec(u[0].message)!;
  assert.equal(Number(m[1]), lm.positionAt(t.start).line + 1);
  assert.ok(Number(m[2]) > lm.positionAt(text.indexOf('四、结转下年度继续办理')).line + 1, u[0].message);
});

test('column-block pages: a heading followed by prose, or one not inside a run of cells, still ends a block', () => {
  const prose = '甲\n1\n乙\n2\n丙\n3\n四、政府信息公开行政复议情况\n本年度无复议。\n';
  assert.deepEqual(findColumnBlocks(new LineMap(prose)).map((b) => [b.startLine, b.endLine]), [[0, 5]]);
  const alone = '本年度情况如下。\n二、上年结转政府信息公开申请数量\n1\n2\n3\n';
  assert.deepEqual(findColumnBlocks(new LineMap(alone)).map((b) => [b.startLine, b.endLine]), [[2, 4]]);
  const title = '甲\n1\n乙\n2\n丙\n3\n三、收到和处理政府信息公开申请情况\n4\n5\n6\n';
  assert.deepEqual(findColumnBlocks(new LineMap(title)).map((b) => [b.startLine, b.endLine]), [[0, 5], [7, 9]]);
  const inRun = '甲\n1\n二、上年结转政府信息公开申请数量\n\n2\n3\n';
  assert.deepEqual(findColumnBlocks(new LineMap(inRun)).map((b) => [b.startLine, b.endLine]), [[0, 5]]);
});

test('column-block pages: c03 table 三 (scrambled, over two pages) gives one info finding naming all its blocks', () => {
  const c03 = readFileSync(join(ROOT, 'test', 'fixtures', 'real', 'c03-hongze-2023-pdfcopy.txt'), 'utf8');
  const u = lintText(c03).findings.filter((f) => f.rule === 'table-unreadable');
  assert.equal(u.length, 1);
  assert.match(u[0].message, /^表三（第 101–393 行）/);
});
