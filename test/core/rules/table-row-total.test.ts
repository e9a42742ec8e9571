// table-row-total (R2): in every row of table 三, 总计 = 自然人 + the five kinds of
// 法人或其他组织. Quick-fix: write the computed sum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
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
      // The total alone is wrong (its column's （七）总计 agrees with the parts): one finding, on it.
      assert.equal(fs[0].message, '第7列“总计”“（一）予以公开”应为 6（表中为 7）：本行总计 7（各项之和 6）与本列（七）总计 12（各项之和 13）都指向这一格，改为 6 后各项勾稽都成立');
      assert.equal(fs[0].fix!.edits[0].newText, '6');
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

test('a wrong applicant cell is reported on that cell, not on the row total (issue #16 §1): the fix restores it', () => {
  const base = buildDraft();
  const s = setCell(base, '一、本年新收政府信息公开申请数量', 4, '3');
  const r = lint(s.text);
  const fs = r.findings.filter((f) => ['table-row-total', 'table-balance', 'table-subtotal'].includes(f.rule));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].rule, RULE);
  assert.deepEqual([fs[0].start, fs[0].end], [s.start, s.end]);
  assert.equal(fs[0].message, '第5列“法律服务机构”“一、本年新收政府信息公开申请数量”应为 0（表中为 3）：本列 一 + 二 = 三（七） + 四（3 ≠ 0）与本行总计 12（各项之和 15）都指向这一格，改为 0 后各项勾稽都成立');
  assert.equal(fs[0].related!.length, 2);
  assert.equal(applyOne(s.text, fs[0]), base);
});

test('a wrong total whose column （七）总计 verifies the parts gets no "set the total" fix', () => {
  // Two cells of the row are wrong (+1 on 自然人, +1 on 商业企业): no single cell explains the
  // sums, so each failing sum is reported at its total; the row total is right by its column.
  const base = buildDraft();
  const one = setCell(base, OPEN, 0, '6');
  const two = setCell(one.text, OPEN, 1, '2');
  const fs = findings(two.text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].fix, undefined);
});

test('precision: every row is checked, including 上年结转, （七）总计 and 结转下年度', () => {
  for (const row of ['二、上年结转政府信息公开申请数量', '（七）总计', '四、结转下年度继续办理', '5.要求行政机关确认或重新出具已获取信息']) {
    const s = setCell(buildDraft(), row, 6, '99');
    const fs = findings(s.text, RULE);
    assert.equal(fs.length, 1, row);
    assert.deepEqual([fs[0].start, fs[0].end], [s.start, s.end], row);
    assert.match(fs[0].message, /应为 \d+（表中为 99）：.*本行总计 99（各项之和 \d+）/);
  }
});

test('cell policy: a blank total or part in a row with other numbers counts as 0, and the finding says so', () => {
  for (const layout of LAYOUTS) {
    // Loose-pipe and tab rows cannot show a blank last cell (they read as a row of 6: table-shape).
    if (layout === 'gfm') {
      const total = findings(setCell(buildDraft({ layout }), OPEN, 6, '').text, RULE);
      assert.equal(total.length, 1, layout);
      assert.match(total[0].message, /“（一）予以公开”应为 6（表中为空）：本行总计 0（各项之和 6）.*（空格按 0 计）$/);
      assert.equal(total[0].fix!.safe, false);
    }
    const part = findings(setCell(buildDraft({ layout }), OPEN, 1, '').text, RULE);
    assert.match(part[0].message, /第2列“商业企业”“（一）予以公开”应为 1（表中为空）：本行总计 6（各项之和 5）.*（空格按 0 计）$/);
    assert.equal(part[0].fix!.edits[0].newText, '1');
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

test('a 总计 column left blank in several rows: one finding for the column, against the applicant columns\' sums', () => {
  let text = buildDraft({ kind: 2021, layout: 'gfm' });
  const rows = ['一、本年新收政府信息公开申请数量', OPEN, '1.本机关不掌握相关政府信息', '四、结转下年度继续办理'];
  for (const label of rows) text = setCell(text, label, 6, ' ').text;
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.match(fs[0].message, /^“总计”栏在 4 行为空（按 0 计），与各类申请人之和不符：“一、本年新收政府信息公开申请数量”应为 12，“（一）予以公开”应为 6，“（四）无法提供1\.本机关不掌握相关政府信息”应为 3 等/);
  assert.match(fs[0].messageEn!, /total column is blank .* in 4 rows/);
  // The fix fills every blank total at once, and nothing else.
  const fixed = applyOne(text, fs[0]);
  assert.deepEqual(findings(fixed, RULE), []);
  for (const [label, sum] of [[rows[0], 12], [OPEN, 6], [rows[2], 3], [rows[3], 1]] as const) {
    const line = fixed.split('\n').find((l) => l.startsWith(`| ${label} |`))!;
    assert.match(line, new RegExp(`\\|\\s*${sum}\\s*\\|$`), line);
  }
  // One blank total is still the row's own finding.
  assert.equal(findings(setCell(buildDraft({ kind: 2021, layout: 'gfm' }), OPEN, 6, ' ').text, RULE)[0].message.startsWith('第7列'), true);
});
