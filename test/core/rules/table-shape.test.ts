// table-shape: a row of a statutory table with the wrong number of values
// (7 in table 三, 15 in table 四). No quick-fix: which cell was lost is the author's call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, buildDraft, buildRuleOfLaw, cells, findings, LAYOUTS, lineOf, reviewDataLine, where } from './build';

const RULE = 'table-shape';
const ROW = '1.属于国家秘密';

/** Removes value cell k (with its separator) from a table line. */
function dropCell(text: string, row: string | number, k: number): string {
  const cs = cells(text, row);
  return text.slice(0, cs[k - 1].end) + text.slice(cs[k].end);
}

function lineText(text: string, line: number): string {
  return text.split('\n')[line];
}

test('silent on complete drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(findings(buildDraft({ kind, layout }), RULE), [], `${kind} ${layout}`);
  }
});

test('table 三 row with 6 values: error on the whole row, message states 7 expected and 6 found, no fix', () => {
  for (const layout of ['loose-pipe', 'tab'] as const) {
    const text = dropCell(buildDraft({ layout }), ROW, 6);
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, layout);
    const line = lineOf(text, ROW);
    assert.deepEqual(where(text, fs[0]), { line, slice: lineText(text, line) });
    assert.equal(fs[0].severity, 'error');
    assert.match(fs[0].message, /^收到和处理政府信息公开申请情况：“[^”]*属于国家秘密”行应有 7 个数，实有 6 个$/);
    assert.equal(fs[0].fix, undefined);
  }
});

test('GFM table 三 row with a lost cell is a shape error, not a label read as a number', () => {
  const text = dropCell(buildDraft({ layout: 'gfm' }), ROW, 6);
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /应有 7 个数，实有 6 个/);
  assert.deepEqual(findings(text, 'table-cell-invalid'), [], 'the label is not a cell value');
});

test('GFM table 三 row with an extra value is a shape error', () => {
  const base = buildDraft({ layout: 'gfm' });
  const last = cells(base, ROW)[6];
  const text = base.slice(0, last.end) + ' | 0' + base.slice(last.end);
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /应有 7 个数，实有 8 个/);
});

test('table 四 data line with 14 numbers: error on that line, 15 expected', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const line = reviewDataLine(base);
    const text = dropCell(base, line, 14);
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.deepEqual(where(text, fs[0]), { line, slice: lineText(text, line) });
    assert.equal(fs[0].message, '政府信息公开行政复议、行政诉讼情况：数据行应有 15 个数，实有 14 个');
  }
});

test('precision: a blank (merged-cell gap) still counts as a cell; group rows without numbers are fine', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const c = cells(base, ROW)[2];
    const text = base.slice(0, c.start) + base.slice(c.end);
    assert.deepEqual(findings(text, RULE), [], layout);
  }
});

test('precision: table 四 split by a converter into three tables of five is not a shape error', () => {
  const base = buildDraft();
  const sub = (name: string, v: number[]) =>
    `| ${name} | | | | |\n| --- | --- | --- | --- | --- |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| ${v.join(' | ')} |`;
  const split = [sub('行政复议', [1, 1, 0, 0, 2]), sub('行政诉讼（未经复议直接起诉）', [0, 0, 0, 1, 1]), sub('行政诉讼（复议后起诉）', [0, 0, 0, 0, 0])];
  const i = base.indexOf('| 行政复议');
  const text = base.slice(0, i) + split.join('\n\n') + base.slice(base.indexOf('\n\n', i));
  assert.deepEqual(findings(text, RULE), []);
  assert.deepEqual(findings(text, 'review-total'), []);
});

test('does not apply outside 2019/2021: a broken table in rule-of-law or 2008 reports is not checked', () => {
  const table = dropCell(buildDraft({ layout: 'tab' }), ROW, 6).split('\n\n').find((b) => b.includes(ROW))!;
  for (const text of [buildRuleOfLaw('\n' + table + '\n'), build2008('\n' + table + '\n')]) {
    assert.deepEqual(findings(text, RULE), []);
  }
});

test('a table 三 row short of values where the text ends was cut there (a stored excerpt): no finding', () => {
  for (const layout of LAYOUTS) {
    const full = dropCell(buildDraft({ layout }), ROW, 6);
    const cut = full.split('\n').slice(0, lineOf(full, ROW) + 1).join('\n');
    assert.deepEqual(findings(cut, RULE), [], `${layout}: cut in the row`);
    assert.equal(findings(cut + '\n\n四、政府信息公开行政复议、行政诉讼情况\n', RULE).length, 1, `${layout}: text goes on after the row`);
  }
});

test('a short row followed only by its last figure without a bar, or by lines of bars, ends the text: cut there (nS/23, nS/30)', () => {
  for (const layout of LAYOUTS) {
    const full = dropCell(buildDraft({ layout }), ROW, 6);
    const cut = full.split('\n').slice(0, lineOf(full, ROW) + 1).join('\n');
    for (const tail of ['\n0 ', '\n0', '\n||\n|']) assert.deepEqual(findings(cut + tail, RULE), [], `${layout}: ${JSON.stringify(tail)} after the row`);
    // A word after the row is text going on: the short row is reported.
    assert.equal(findings(cut + '\n合计', RULE).length, 1, `${layout}: a word after the row`);
  }
});
