// table-balance (R1, printed in the form): in each column of table 三,
// 一 新收 + 二 上年结转 = 三（七）总计 + 四 结转下年度. No quick-fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { FORMATS } from '../../../server/src/core/formats/index';
import { applicationNumbers, build2008, buildDraft, buildRuleOfLaw, cells, findings, kindOf, LAYOUTS, setCell, where } from './build';

const RULE = 'table-balance';
const CARRIED = '二、上年结转政府信息公开申请数量';

/** 上年结转 of 商业企业 0 → 1 and its row total 1 → 2: R2 and R3 still hold, R1 fails in columns 2 and 7. */
function unbalanced(kind: 2019 | 2021, layout: 'gfm' | 'loose-pipe' | 'tab') {
  const a = setCell(buildDraft({ kind, layout }), CARRIED, 1, '1');
  return setCell(a.text, CARRIED, 6, '2').text;
}

test('the builder satisfies every format constraint (the base every rule test edits)', () => {
  for (const kind of [2019, 2021] as const) {
    const v = applicationNumbers(kindOf(kind));
    for (const c of FORMATS[kindOf(kind)].constraints.filter((x) => x.table === 'applications')) {
      const sum = (ids: string[], i: number) => ids.reduce((s, id) => s + v.get(id)![i], 0);
      if (c.each === 'column') for (let i = 0; i < 7; i++) assert.equal(sum(c.left, i), sum(c.right, i), `${kind} ${c.id} col ${i}`);
      else for (const xs of v.values()) assert.equal(xs[6], xs.slice(0, 6).reduce((s, x) => s + x, 0), `${kind} ${c.id}`);
    }
  }
});

test('silent on consistent drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(findings(buildDraft({ kind, layout }), RULE), [], `${kind} ${layout}`);
  }
});

test('fires per unbalanced column, on that column\'s 新收 cell, stating both sums; error; no fix', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      const text = unbalanced(kind, layout);
      const fs = findings(text, RULE);
      assert.equal(fs.length, 2, `${kind} ${layout}`);
      const cell = cells(text, '一、本年新收政府信息公开申请数量')[1];
      assert.deepEqual([fs[0].start, fs[0].end], [cell.start, cell.end], 'on 新收 / 商业企业');
      assert.equal(where(text, fs[0]).slice, '2');
      assert.equal(where(text, fs[1]).slice, '12', 'on 新收 / 总计');
      for (const f of fs) {
        assert.equal(f.severity, 'error');
        assert.equal(f.fix, undefined, 'the author must decide which number is wrong');
      }
      assert.match(fs[0].message, /^第2列“商业企业”：本年新收\S* 2 \+ 上年结转\S* 1 = 3，但（七）总计 2 \+ 结转下年度\S* 0 = 2$/);
      assert.match(fs[1].message, /^第7列“总计”：.* = 14，但.* = 13$/);
      // Only R1 is broken by this edit.
      for (const other of ['table-subtotal', 'table-row-total', 'table-cell-invalid']) assert.deepEqual(findings(text, other), [], other);
    }
  }
});

test('precision: +1 counts as 1, so a balanced column written with a plus sign is fine', () => {
  const text = setCell(buildDraft(), CARRIED, 0, '+1').text;
  assert.deepEqual(findings(text, RULE), []);
});

test('precision: a column with an unreadable cell is not judged (reported by table-cell-invalid)', () => {
  const text = setCell(unbalanced(2021, 'gfm'), '四、结转下年度继续办理', 1, 'U').text;
  assert.deepEqual(findings(text, RULE).map((f) => f.message.slice(0, 4)), ['第7列“'], 'only the 总计 column is judged');
});

test('cell policy: blank, dash and 无 cells in a row with other numbers count as 0, and the finding says so', () => {
  // Column 2 of 四、结转下年度 blanked: column 2 is still judged, reading the cell as 0, and says so.
  for (const layout of LAYOUTS) {
    for (const value of ['', '—', '/', '无']) {
      // 无 is text: a loose-pipe row reads it as part of its label (no column for it).
      if (value === '无' && layout === 'loose-pipe') continue;
      const text = setCell(unbalanced(2021, layout), '四、结转下年度继续办理', 1, value).text;
      const fs = findings(text, RULE);
      assert.deepEqual(fs.map((f) => f.message.slice(0, 4)), ['第2列“', '第7列“'], `${layout} ${JSON.stringify(value)}`);
      assert.match(fs[0].message, /按 0 计）$/);
    }
  }
  // A blank where the column needs a number: judged as 0, and the message says it assumed so.
  const base = buildDraft();
  const col1 = cells(base, CARRIED)[0];
  assert.notEqual(base.slice(col1.start, col1.end), '0', 'the draft carries something over in column 1');
  for (const [value, note, en] of [['', '（空格按 0 计）', ' (blank cells counted as 0)'], ['—', '（“—”按 0 计）', ' (“—” cells counted as 0)']]) {
    // The blank alone spoils its column's balance and its row total: one finding, on the blank
    // cell, by the rule of its row's sum (issue #16 §1), with the value that makes both hold.
    const s = setCell(base, CARRIED, 0, value);
    const r = lint(s.text);
    assert.deepEqual(findings(s.text, RULE, r), [], JSON.stringify(value));
    const fs = findings(s.text, 'table-row-total', r);
    assert.deepEqual(fs.map((f) => f.message.slice(0, 4)), ['第1列“'], JSON.stringify(value));
    assert.ok(Math.abs(fs[0].start - s.start) <= 1, "on the blank cell");
    assert.equal(fs[0].fix!.edits[0].newText, base.slice(col1.start, col1.end));
    assert.ok(fs[0].message.endsWith(note), fs[0].message);
    assert.ok(fs[0].messageEn!.endsWith(en), fs[0].messageEn);
  }
});

test('does not apply outside 2019/2021', () => {
  const table = unbalanced(2021, 'tab').split('\n\n').find((b) => b.includes(CARRIED))!;
  assert.deepEqual(findings(buildRuleOfLaw('\n' + table + '\n'), RULE), []);
  assert.deepEqual(findings(build2008('\n' + table + '\n'), RULE), []);
});
