// table-row-total (R2): in every row of table 三, 总计 = 自然人 + the five kinds of
// 法人或其他组织. Quick-fix: write the computed sum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, setCell, where } from './build';

const RULE = 'table-row-total';
const OPEN = '（一）予以公开'; // 5 + 1 + 0 + 0 + 0 + 0 = 6

test('silent on consistent drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(findings(buildDraft({ kind, layout }), RULE), [], `${kind} ${layout}`);
  }
});

test('fires on the row\'s 总计 cell, naming the row and stating total, sum and parts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      const s = setCell(buildDraft({ kind, layout }), OPEN, 6, '7');
      const fs = findings(s.text, RULE);
      assert.equal(fs.length, 1, `${kind} ${layout}`);
      assert.deepEqual([fs[0].start, fs[0].end], [s.start, s.end]);
      assert.equal(where(s.text, fs[0]).slice, '7');
      assert.equal(fs[0].severity, 'error');
      assert.equal(fs[0].message, '“（一）予以公开”行：总计 7 ≠ 各类申请人之和 6（5+1+0+0+0+0）');
    }
  }
});

test('quick-fix sets 总计 to the computed sum, touches only that cell and restores the draft', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const s = setCell(base, OPEN, 6, '17');
    const [f] = findings(s.text, RULE);
    assert.deepEqual(f.fix!.edits, [{ start: s.start, end: s.end, newText: '6' }]);
    const fixed = applyOne(s.text, f);
    assert.deepEqual(findings(fixed, RULE), []);
    assert.equal(fixed, base);
  }
});

test('a wrong applicant cell is reported on the same row\'s total (the fix follows the parts)', () => {
  const s = setCell(buildDraft(), '一、本年新收政府信息公开申请数量', 4, '3');
  const fs = findings(s.text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '“一、本年新收政府信息公开申请数量”行：总计 12 ≠ 各类申请人之和 15（10+2+0+0+3+0）');
  assert.equal(fs[0].fix!.edits[0].newText, '15');
});

test('precision: every row is checked, including 上年结转, （七）总计 and 结转下年度', () => {
  for (const row of ['二、上年结转政府信息公开申请数量', '（七）总计', '四、结转下年度继续办理', '5.要求行政机关确认或重新出具已获取信息']) {
    const fs = findings(setCell(buildDraft(), row, 6, '99').text, RULE);
    assert.equal(fs.length, 1, row);
    assert.match(fs[0].message, /总计 99 ≠ 各类申请人之和/);
  }
});

test('cell policy: a blank total or part in a row with other numbers counts as 0, and the finding says so', () => {
  for (const layout of LAYOUTS) {
    // Loose-pipe and tab rows cannot show a blank last cell (they read as a row of 6: table-shape).
    if (layout === 'gfm') {
      const total = findings(setCell(buildDraft({ layout }), OPEN, 6, '').text, RULE);
      assert.equal(total.length, 1, layout);
      assert.match(total[0].message, /总计 0 ≠ 各类申请人之和 6（5\+1\+0\+0\+0\+0）（空格按 0 计）$/);
      assert.equal(total[0].fix!.safe, false);
    }
    const part = findings(setCell(buildDraft({ layout }), OPEN, 1, '').text, RULE);
    assert.match(part[0].message, /总计 6 ≠ 各类申请人之和 5（5\+0\+0\+0\+0\+0）（空格按 0 计）$/);
    assert.match(part[0].messageEn!, /\(blank cells counted as 0\)$/);
    // A blank where the row's numbers need a 0: nothing to report here.
    assert.deepEqual(findings(setCell(buildDraft({ layout }), OPEN, 2, '').text, RULE), [], layout);
    assert.deepEqual(findings(setCell(buildDraft({ layout }), OPEN, 5, '—').text, RULE), [], layout);
  }
});

test('does not apply outside 2019/2021', () => {
  const table = setCell(buildDraft({ layout: 'tab' }), OPEN, 6, '7').text.split('\n\n').find((b) => b.includes(OPEN))!;
  assert.deepEqual(findings(buildRuleOfLaw('\n' + table + '\n'), RULE), []);
  assert.deepEqual(findings(build2008('\n' + table + '\n'), RULE), []);
});
