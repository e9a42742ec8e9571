// table-cell-invalid: count cells must be non-negative integers; 本年增/减 may be signed,
// amounts may be decimal. Blank = incomplete (info). OCR look-alikes get a digit fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, reviewDataLine, setCell, where } from './build';

const RULE = 'table-cell-invalid';
const ROW = '1.本机关不掌握相关政府信息'; // 自然人 = 2
const WHERE = /^“[^”]*本机关不掌握相关政府信息”行“自然人”栏/;

test('silent on complete drafts (2019 drafts include 本年增/减 -1 and amounts)', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const flavour of ['md', 'txt'] as const) assert.deepEqual(findings(buildDraft({ kind, layout, flavour }), RULE), []);
    }
  }
});

function expectError(layout: 'gfm' | 'loose-pipe' | 'tab', value: string, says: RegExp): void {
  const s = setCell(buildDraft({ layout }), ROW, 0, value);
  const fs = findings(s.text, RULE);
  assert.equal(fs.length, 1, `${layout} ${value}`);
  assert.deepEqual([fs[0].start, fs[0].end], [s.start, s.end]);
  assert.equal(where(s.text, fs[0]).slice, value);
  assert.equal(fs[0].severity, 'error');
  assert.match(fs[0].message, WHERE);
  assert.match(fs[0].message, says);
  assert.equal(fs[0].fix, undefined, 'the author must correct it');
  assert.deepEqual(findings(s.text, 'table-shape'), [], 'the row still has 7 cells');
}

test('errors: -1 in a count column, on the cell, naming row, column and the text found', () => {
  for (const layout of LAYOUTS) expectError(layout, '-1', /“-1”计数不能为负数$/);
  for (const layout of LAYOUTS) expectError(layout, '约2', /“约2”应为非负整数$/);
});

test('a figure written with its unit (2件) is one warning on the cell, read as its figure; the safe fix drops the unit', () => {
  for (const layout of LAYOUTS) {
    const s = setCell(buildDraft({ layout }), ROW, 0, '2件');
    const fs = findings(s.text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.deepEqual([fs[0].start, fs[0].end], [s.start, s.end]);
    assert.equal(fs[0].severity, 'warning');
    assert.match(fs[0].message, WHERE);
    assert.match(fs[0].message, /“自然人”栏的数字带单位（“2件”）：表格只填数字$/);
    assert.equal(fs[0].fix!.safe, true);
    assert.equal(cellsOnly(applyOne(s.text, fs[0])), cellsOnly(buildDraft({ layout })), 'dropping the unit restores the draft');
    for (const rule of ['table-shape', 'table-row-total', 'table-balance']) assert.deepEqual(findings(s.text, rule), [], `${layout} ${rule}`);
    // The figure is read: a wrong one breaks the row's total as a bare figure would.
    const wrong = setCell(buildDraft({ layout }), ROW, 0, '3件').text;
    assert.equal(findings(wrong, 'table-row-total').length, 1, `${layout}: 3件 + 1 ≠ 3`);
  }
});

test('the unit fix removes the unit only: the figure stays as written (02 件 → 02)', () => {
  const s = setCell(buildDraft({ layout: 'tab' }), ROW, 0, '02 件');
  const [f] = findings(s.text, RULE);
  assert.ok(f, 'a finding');
  assert.equal(applyOne(s.text, f).slice(s.start, s.start + 3), '02' + s.text[s.end]);
  assert.equal(applyOne(s.text, f).length, s.text.length - 2);
});

test('a row whose every figure is written with its unit (0件) gives one warning, not one per cell', () => {
  for (const layout of LAYOUTS) {
    let text = buildDraft({ layout });
    const figures = ['2', '1', '0', '0', '0', '0', '3'];
    figures.forEach((v, k) => { text = setCell(text, ROW, k, `${v}件`).text; });
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, `${layout}: ${fs.map((f) => f.message).join(' / ')}`);
    assert.match(fs[0].message, /“自然人”“商业企业”“科研机构”“社会公益组织”“法律服务机构”“其他”“总计”栏的数字带单位（“2件”、“1件”、“0件”、“3件”）：表格只填数字$/);
    assert.equal(fs[0].fix!.edits.length, 7);
    assert.equal(cellsOnly(applyOne(text, fs[0])), cellsOnly(buildDraft({ layout })), layout);
    for (const rule of ['table-shape', 'table-row-total', 'table-balance']) assert.deepEqual(findings(text, rule), [], `${layout} ${rule}`);
  }
});

test('accepted: +2 in a count column, and 1,322 with a thousands separator', () => {
  for (const layout of LAYOUTS) {
    assert.deepEqual(findings(setCell(buildDraft({ layout }), ROW, 0, '+2').text, RULE), [], layout);
    assert.deepEqual(findings(setCell(buildDraft({ layout }), '行政许可', 0, '1,322').text, RULE), [], layout);
  }
});

test('a blank count cell is info-level: incomplete, counted as 0, with a safe fix writing 0', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const s = setCell(base, ROW, 0, '');
    const fs = findings(s.text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.equal(fs[0].severity, 'info');
    assert.equal(fs[0].start, fs[0].end, 'an empty range at the gap');
    assert.ok(Math.abs(fs[0].start - s.start) <= 1, 'inside the blank cell');
    assert.match(fs[0].message, WHERE);
    assert.match(fs[0].message, /栏为空：没有的请填 0（勾稽计算已按 0 计）$/);
    assert.equal(fs[0].fix!.safe, true);
    const fixed = applyOne(s.text, fs[0]);
    assert.deepEqual(findings(fixed, RULE), [], layout);
    assert.equal(where(fixed, { start: fs[0].start, end: fs[0].start + 1 }).slice, '0');
  }
});

/** The text with the spaces around cell separators dropped (a 0 written into a gap sits beside them). */
function cellsOnly(text: string): string {
  return text.replace(/[ ]*([|\t])[ ]*/g, '$1');
}

test('cell policy: blank, dash and 无 cells of one row give one info finding listing their columns', () => {
  for (const layout of LAYOUTS) {
    let text = buildDraft({ layout });
    // 科研机构 … 其他 of the row are 0 in the draft (2 + 1 + 0 + 0 + 0 + 0 = 3).
    for (const [k, v] of [[2, ''], [3, '—'], [4, '无'], [5, '']] as const) text = setCell(text, ROW, k, v).text;
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, `${layout}: ${fs.map((f) => f.message).join(' / ')}`);
    const [f] = fs;
    assert.equal(f.severity, 'info');
    assert.match(f.message, /行“科研机构”“其他”栏为空、“社会公益组织”栏为“—”、“法律服务机构”栏为“无”：没有的请填 0（勾稽计算已按 0 计）$/);
    assert.match(f.messageEn!, /no number: write 0 where there were none \(counted as 0 by the arithmetic\)$/);
    const span = text.slice(f.start, f.end);
    assert.ok(span.includes('—') && span.includes('无'), 'the range covers the row\'s unfilled cells');
    assert.equal(f.fix!.edits.length, 4);
    assert.equal(f.fix!.safe, true);
    const fixed = applyOne(text, f);
    assert.deepEqual(findings(fixed, RULE), [], layout);
    assert.equal(cellsOnly(fixed), cellsOnly(buildDraft({ layout })), 'filling 0 restores the draft');
    for (const rule of ['table-row-total', 'table-subtotal', 'table-balance']) assert.deepEqual(findings(text, rule), [], rule);
  }
});

test('cell policy: blank cells at the row end, and a row with no number at all (quick fix only)', () => {
  for (const layout of LAYOUTS) {
    let text = buildDraft({ layout });
    for (const k of [4, 5]) text = setCell(text, ROW, k, '').text;
    const [f, ...rest] = findings(text, RULE);
    assert.deepEqual(rest, [], layout);
    assert.match(f.message, /“法律服务机构”“其他”栏为空/);
    assert.equal(cellsOnly(applyOne(text, f)), cellsOnly(buildDraft({ layout })), layout);
    // A row with no number at all keeps its blank cells in every layout (a tab row as wide as
    // its table, a loose-pipe row closed by its pipe), and is reported once.
    let blank = buildDraft({ layout });
    for (let k = 0; k < 7; k++) blank = setCell(blank, ROW, k, '').text;
    const [g, ...more] = findings(blank, RULE);
    assert.deepEqual(more, [], layout);
    assert.match(g.message, /为空：整行未填写，没有的请填 0$/);
    assert.equal(g.fix!.safe, false, 'a whole row of 0 would hide missing numbers');
  }
});

test('a blank or dash is never an error or warning of this rule', () => {
  for (const layout of LAYOUTS) {
    for (const v of ['', '—', '-', '/', '无']) {
      const fs = findings(setCell(buildDraft({ layout }), ROW, 3, v).text, RULE);
      assert.deepEqual(fs.map((f) => f.severity), ['info'], `${layout} ${JSON.stringify(v)}`);
    }
  }
});

test('a blank first cell of the table 四 data line is info in every layout, not a lost cell', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const text = setCell(base, reviewDataLine(base), 0, '').text;
    assert.deepEqual(findings(text, 'table-shape'), [], layout);
    assert.deepEqual(findings(text, RULE).map((f) => f.severity), ['info'], layout);
  }
});


test('OCR look-alikes U, O, 〇, l get the digit as a fix that lints clean and touches only the cell', () => {
  const cases: [string, string][] = [['U', '0'], ['O', '0'], ['〇', '0'], ['l', '1']];
  for (const layout of LAYOUTS) {
    for (const [ocr, digit] of cases) {
      const base = buildDraft({ layout });
      const s = setCell(base, '4.保护第三方合法权益', 0, ocr); // 自然人 = 1 there; 0 breaks nothing the rule sees
      const [f, ...rest] = findings(s.text, RULE);
      assert.deepEqual(rest, []);
      assert.equal(where(s.text, f).slice, ocr);
      assert.equal(f.severity, 'error');
      assert.match(f.message, new RegExp(`“${ocr}”疑似识别错误，应为“${digit}”$`));
      assert.deepEqual(f.fix!.edits, [{ start: s.start, end: s.end, newText: digit }]);
      const fixed = applyOne(s.text, f);
      assert.deepEqual(findings(fixed, RULE), []);
      if (digit === '1') assert.equal(fixed, base, 'l → 1 restores the original draft');
    }
  }
});

test('precision: signed changes and amounts are fine in their own columns, not in count columns', () => {
  const d19 = buildDraft({ kind: 2019 });
  assert.deepEqual(findings(setCell(d19, '行政许可', 1, '-3').text, RULE), [], '本年增/减 -3');
  assert.deepEqual(findings(setCell(d19, '行政许可', 1, '增30').text, RULE), [], '本年增/减 增30');
  assert.deepEqual(findings(setCell(d19, '政府集中采购', 1, '6566.23万元').text, RULE), [], '采购总金额 with unit');
  assert.deepEqual(findings(setCell(buildDraft(), '行政事业性收费', 0, '356.4').text, RULE), [], '收费金额 decimal');
  const s = setCell(d19, '行政许可', 0, '-3');
  const fs = findings(s.text, RULE);
  assert.equal(fs.length, 1, '上一年项目数量 is a count');
  assert.equal(where(s.text, fs[0]).slice, '-3');
  assert.match(fs[0].message, /“上一年项目数量”栏“-3”计数不能为负数/);
});

test('messages in table 二 name the row by its statutory label', () => {
  const s = setCell(buildDraft(), '行政许可', 0, '-3');
  const [f] = findings(s.text, RULE);
  assert.match(f.message, /^“行政许可”行“本年处理决定数量”栏“-3”/);
});

test('does not apply outside 2019/2021', () => {
  const table = setCell(buildDraft({ layout: 'tab' }), ROW, 0, 'U').text.split('\n\n').find((b) => b.includes(ROW))!;
  assert.deepEqual(findings(buildRuleOfLaw('\n' + table + '\n'), RULE), []);
  assert.deepEqual(findings(build2008('\n' + table + '\n'), RULE), []);
});

test('a sign typed twice (--253, nX 25) is a figure with a slip: one error on the cell with the figure as an unsafe fix, no shape error', () => {
  for (const layout of LAYOUTS) {
    const d19 = buildDraft({ kind: 2019, layout });
    const s = setCell(d19, '行政许可', 1, '--3');
    const fs = findings(s.text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.equal(where(s.text, fs[0]).slice, '--3');
    assert.match(fs[0].message, /“本年增\/减”栏“--3”符号重复，应为“-3”$/);
    assert.deepEqual(fs[0].fix!.edits, [{ start: s.start, end: s.end, newText: '-3' }]);
    assert.equal(fs[0].fix!.safe, false);
    assert.deepEqual(findings(s.text, 'table-shape'), [], layout);
  }
});
