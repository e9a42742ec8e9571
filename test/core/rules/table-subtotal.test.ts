// table-subtotal (R3): in each column of table 三, （七）总计 = （一）+（二）+ every sub-row of
// （三）（四）（五）+（六）(its three sub-rows in 2021). Quick-fix: write the computed sum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../../server/src/core';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, cells, findings, LAYOUTS, setCell, where } from './build';

const RULE = 'table-subtotal';
const TOTAL = '（七）总计';

/** One more application in `row` (自然人 and its row total): R2 holds, R3 fails in columns 1 and 7. */
function oneMore(text: string, row: string): string {
  const c = cells(text, row);
  const a = setCell(text, row, 0, String(Number(text.slice(c[0].start, c[0].end)) + 1));
  const t = cells(a.text, row)[6];
  return setCell(a.text, row, 6, String(Number(a.text.slice(t.start, t.end)) + 1)).text;
}

test('silent on consistent drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(findings(buildDraft({ kind, layout }), RULE), [], `${kind} ${layout}`);
  }
});

test('fires on the （七）总计 cell of each broken column, stating total and computed sum', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      const text = oneMore(buildDraft({ kind, layout }), '1.属于国家秘密');
      const fs = findings(text, RULE);
      assert.equal(fs.length, 2, `${kind} ${layout}`);
      const total = cells(text, TOTAL);
      assert.deepEqual([fs[0].start, fs[0].end], [total[0].start, total[0].end]);
      assert.deepEqual(where(text, fs[1]), where(text, total[6]));
      assert.equal(where(text, fs[0]).slice, '10');
      assert.equal(fs[0].severity, 'error');
      assert.equal(fs[0].message, '第1列“自然人”：（七）总计 10 ≠ 各项办理结果之和 11');
      assert.equal(fs[1].message, '第7列“总计”：（七）总计 12 ≠ 各项办理结果之和 13');
      assert.deepEqual(findings(text, 'table-row-total'), [], 'only R3 (and R1 for the totals) is touched');
    }
  }
});

test('no "set the total" fix where the balance (R1) verifies （七）总计: the fix would break it', () => {
  // One more in a disposition row (自然人 and 总计 columns, row total kept): both （七）总计 cells
  // disagree with their columns' parts, but 一 + 二 = 三（七） + 四 holds with them as they are, so
  // writing the computed sums there would make the balance fail. Reported, without a fix.
  for (const layout of LAYOUTS) {
    const text = oneMore(buildDraft({ layout }), '1.属于国家秘密');
    const fs = findings(text, RULE);
    assert.equal(fs.length, 2, layout);
    assert.ok(fs.every((f) => f.fix === undefined), layout);
  }
});

test('quick-fix where no relation that holds verifies the total; both fixes together lint clean', () => {
  for (const layout of LAYOUTS) {
    // 总计 of （七）总计 and of 四、结转下年度 one too many each: R3 and R1 fail in the 总计 column,
    // R2 in both rows; no single cell explains all four. The R3 fix on （七）总计 touches R1 and
    // R2 of its row, which already fail: offered. Together with the R2 fix of 四 it restores the draft.
    const base = buildDraft({ layout });
    const plus = (text: string, row: string) => {
      const c = cells(text, row)[6];
      return setCell(text, row, 6, String(Number(text.slice(c.start, c.end)) + 1)).text;
    };
    const text = plus(plus(base, '（七）总计'), '四、结转下年度继续办理');
    const fs = lint(text).findings.filter((f) => ['table-subtotal', 'table-row-total', 'table-balance'].includes(f.rule) && f.fix);
    assert.ok(fs.some((f) => f.rule === RULE), layout);
    const all = applyFixes(text, fs.map((f) => f.fix!));
    assert.equal(all.text, base, layout);
  }
});

test('2019: the single （六）其他处理 row is part of the sum', () => {
  const text = oneMore(buildDraft({ kind: 2019 }), '（六）其他处理');
  assert.deepEqual(findings(text, RULE).map((f) => f.message), [
    '第1列“自然人”：（七）总计 10 ≠ 各项办理结果之和 11', '第7列“总计”：（七）总计 12 ≠ 各项办理结果之和 13',
  ]);
});

test('2021: each （六） sub-row is part of the sum', () => {
  for (const row of ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '3.其他']) {
    assert.equal(findings(oneMore(buildDraft(), row), RULE).length, 2, row);
  }
});

test('cell policy: a blank or dash in a row with other numbers is summed as 0, and the finding says so', () => {
  for (const layout of LAYOUTS) {
    for (const [value, note] of [['', '（空格按 0 计）'], ['—', '（“—”按 0 计）'], ['无', '（“无”按 0 计）']]) {
      const text = setCell(oneMore(buildDraft({ layout }), '1.属于国家秘密'), '8.属于行政查询事项', 0, value).text;
      const fs = findings(text, RULE);
      assert.deepEqual(fs.map((f) => f.message.slice(0, 3)), ['第1列', '第7列'], `${layout} ${JSON.stringify(value)}`);
      assert.ok(fs[0].message.endsWith(note), fs[0].message);
      assert.ok(!fs[1].message.includes('按 0 计'), 'column 7 has no blank');
    }
  }
});

test('cell policy: a row with no number at all is not read as zeros (the check is skipped)', () => {
  let text = oneMore(buildDraft(), '1.属于国家秘密');
  for (let k = 0; k < 7; k++) text = setCell(text, '8.属于行政查询事项', k, '').text;
  assert.deepEqual(findings(text, RULE), []);
});

test('precision: 新收/上年结转/结转下年度 are not dispositions; changing them leaves R3 alone', () => {
  const text = setCell(buildDraft(), '四、结转下年度继续办理', 0, '5').text;
  assert.deepEqual(findings(text, RULE), []);
});

test('does not apply outside 2019/2021', () => {
  const table = oneMore(buildDraft({ layout: 'tab' }), '1.属于国家秘密').split('\n\n').find((b) => b.includes(TOTAL))!;
  assert.deepEqual(findings(buildRuleOfLaw('\n' + table + '\n'), RULE), []);
  assert.deepEqual(findings(build2008('\n' + table + '\n'), RULE), []);
});
