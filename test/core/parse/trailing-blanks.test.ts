// Blank cells at the end of pasted rows (issue #12): a tab row as wide as its table and a loose-pipe
// row closed by its trailing pipe keep every slot, so trailing blanks are blank value cells at their
// own positions (read by the cell policy); a genuinely short row is still a short row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, lint } from '../../../server/src/core';
import { applyOne, buildDraft, findings, setCell } from '../rules/build';
import { ROOT } from '../helpers';

const C08 = readFileSync(join(ROOT, 'test', 'fixtures', 'real', 'c08-shuyang-fgj-2023-web.txt'), 'utf8');
const PARTIAL = '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t0\t\t\t\t\t\t0\n';
const ROW = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

function errorsAndWarnings(text: string): string[] {
  return lint(text).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`);
}

test('browser tab copy (merged-cell leading slots): a row with its last cells blank lists them, 总计 included', () => {
  assert.ok(C08.includes(PARTIAL));
  // 自然人 4, everything else blank: the row keeps its ten slots (two label slots, a merged gap, seven values).
  const text = C08.replace(PARTIAL, '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t4\t\t\t\t\t\t\n');
  const fs = findings(text, 'table-cell-invalid').filter((f) => f.message.startsWith('“（二）部分公开”'));
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /“商业企业”“科研机构”“社会公益组织”“法律服务机构”“其他”“总计”栏为空/);
  // Each blank cell is its gap: start === end at its slot (after its tab).
  const rowStart = text.indexOf('\t（二）部分公开');
  const lineEnd = text.indexOf('\n', rowStart);
  const edits = fs[0].fix!.edits;
  assert.equal(edits.length, 6);
  for (const e of edits) {
    assert.equal(e.start, e.end);
    assert.ok(e.start > rowStart && e.start <= lineEnd);
    assert.equal(text[e.start - 1], '\t', 'a blank cell sits right after its tab');
  }
  assert.equal(edits[edits.length - 1].start, lineEnd, '总计 is the last slot');
  // The missing 总计 is now seen by the arithmetic (4 ≠ 0).
  assert.ok(findings(text, 'table-row-total').some((f) => f.message.includes('部分公开')));
  // Fill-with-0 writes each 0 into its own slot and moves no other text.
  const fixed = applyOne(text, fs[0]);
  assert.equal(fixed, C08.replace(PARTIAL, '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t4\t0\t0\t0\t0\t0\t0\n'));
});

test('a genuinely short tab row (slots dropped by the paste) is read as before, not padded with blanks', () => {
  const text = C08.replace(PARTIAL, '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t4\n');
  assert.deepEqual(findings(text, 'table-cell-invalid').filter((f) => f.message.startsWith('“（二）部分公开”')), []);
  const shape = findings(text, 'table-shape');
  assert.equal(shape.length, 1, shape.map((f) => f.message).join('\n'));
});

test('the real browser copy reads as before: its error and warning findings are the artifact lines and the 2019 wording 规范性文件', () => {
  // Table 二 writes the 2019 label 规范性文件 where the 2021 format says 行政规范性文件 (format-outdated, a warning).
  assert.deepEqual(errorsAndWarnings(C08).map((s) => s.split(':')[0]), [...Array(6).fill('artifact-web'), 'format-outdated']);
});

test('loose-pipe and tab rows whose last cells are blank: one info finding, the 0 fix restores the row', () => {
  for (const layout of ['loose-pipe', 'tab'] as const) {
    const base = buildDraft({ layout });
    let text = base;
    for (let k = 1; k < 7; k++) text = setCell(text, ROW, k, '').text;
    const fs = findings(text, 'table-cell-invalid');
    assert.equal(fs.length, 1, layout);
    assert.match(fs[0].message, /“商业企业”“科研机构”“社会公益组织”“法律服务机构”“其他”“总计”栏为空/);
    assert.ok(findings(text, 'table-row-total').length >= 1, `${layout}: blank 总计 counted as 0`);
    // The draft's row is 1 0 0 0 0 0 1: filling 0 gives it back except the 总计 1.
    const fixed = applyOne(text, fs[0]).replace(/[ ]*([|\t])[ ]*/g, '$1');
    const want = setCell(base, ROW, 6, '0').text.replace(/[ ]*([|\t])[ ]*/g, '$1');
    assert.equal(fixed, want, layout);
  }
});

test('loose-pipe and tab rows of 无 only: the cells are values, not part of the label', () => {
  for (const layout of ['loose-pipe', 'tab'] as const) {
    let text = buildDraft({ layout });
    for (let k = 0; k < 7; k++) text = setCell(text, ROW, k, '无').text;
    const fs = findings(text, 'table-cell-invalid');
    assert.equal(fs.length, 1, layout);
    assert.match(fs[0].message, /^“（二）部分公开”行“自然人”栏为“无”.*“总计”栏为“无”：整行未填写/);
    assert.deepEqual(findings(text, 'table-row-unknown'), [], layout);
  }
});

test('a label-only loose-pipe table (rows closed by pipes) is read, and table-empty fires', () => {
  const base = buildDraft({ layout: 'loose-pipe' });
  const start = base.indexOf('\n', base.indexOf('三、收到和处理政府信息公开申请情况')) + 1;
  const end = base.indexOf('\n\n', base.indexOf('四、结转下年度继续办理'));
  const table = base.slice(start, end).replace(/\|[ ]*\d+[ ]*(?=\|)/g, '|  ');
  assert.ok(!/\|[ ]*\d/.test(table), 'values blanked');
  const text = base.slice(0, start) + table + base.slice(end);
  const fs = findings(text, 'table-empty');
  assert.equal(fs.length, 1, table);
  assert.equal(fs[0].severity, 'error');
  assert.match(fs[0].message, /^表三/);
});

test('precision: prose lines with a pipe or two are not a label-only table', () => {
  const text = buildDraft({ layout: 'gfm' }).replace('一、总体情况\n', '一、总体情况\n\n甲 | 乙 | 丙 |\n丁 | 戊 |\n己 | 庚 | 辛 |\n\n');
  assert.deepEqual(findings(text, 'table-empty'), []);
});

test('rows with blank cells after their 总计 and 无 for 0: the blanks push no figure out of the row (no false row total)', () => {
  // A web copy whose every row of table 三 ends in two blank cells (一、本年新收… | 10 | 2 | 无 | … | 12 | | |): the row's
  // seven values are its figures and 无s, not the last seven slots with the blanks.
  for (const layout of ['loose-pipe', 'tab'] as const) {
    const base = buildDraft({ layout });
    const start = base.indexOf('（本列数据的勾稽关系');
    const end = base.indexOf('\n', base.indexOf('四、结转下年度继续办理'));
    const gap = layout === 'tab' ? '\t\t' : ' | |';
    const table = base.slice(start, end).split('\n').map((l) => (l.trim() ? l + gap : l)).join('\n');
    const row = table.split('\n').find((l) => l.startsWith('一、本年新收'))!;
    const text = base.slice(0, start) + table.replace(row, row.replace(/(?<=[|\t] ?)0(?= ?[|\t])/g, '无')) + base.slice(end);
    assert.ok(text.includes(layout === 'tab' ? '\t2\t无\t无' : '| 2 | 无 | 无'), layout);
    assert.deepEqual(findings(text, 'table-row-total').map((f) => f.message), [], layout);
    const t = analyze(text).report!.tables.get('applications')!;
    const r = t.rows.find((x) => x.label.startsWith('一、本年新收'))!;
    assert.equal(r.values.get('total')?.text, '12', layout);
    assert.equal(r.values.get('natural')?.text, '10', layout);
  }
});
