// core/features/inlay-hints.ts: computed values beside the totals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintAnalysis, LineMap } from '../../../server/src/core';
import { inlayHints } from '../../../server/src/core/features/inlay-hints';
import { buildDraft, setCell } from '../rules/build';
import { analyzed, at, corpus, SAMPLE, WEEKLY_NOTE } from './corpus';

const lm = new LineMap(SAMPLE);
const hintsByLine = (text: string, hints: ReturnType<typeof inlayHints>) => {
  const m = new LineMap(text);
  return hints.map((h) => `${m.positionAt(h.offset).line}:${text.slice(h.offset - 2, h.offset).trim()}${h.label}`);
};

test('the sample: row totals, the （七）总计 row, 四 (R1) and the 总计 of table 四, with the expected value where wrong', () => {
  const a = analyzed(SAMPLE);
  const hints = inlayHints(a);
  const shown = hintsByLine(SAMPLE, hints);
  const row = (needle: string) => lm.positionAt(at(SAMPLE, needle)).line;
  const open = row('| （一）予以公开 |');
  const total = row('| （七）总计 |');
  const next = row('| 四、结转下年度继续办理 |');
  // The 25 of 自然人 alone explains both failing sums (issue #16 §1): it gets the ≠ hint, and the
  // totals it spoiled read right once it is 24, as the diagnostic says.
  assert.ok(shown.includes(`${open}:25≠ 应为 24`), shown.join('\n'));
  assert.ok(shown.includes(`${open}:28=28`), shown.join('\n'));
  assert.ok(shown.includes(`${row('| 一、本年新收')}:46=46`));
  assert.deepEqual(shown.filter((s) => s.startsWith(`${total}:`)), [`${total}:40=40`, `${total}:4=4`, `${total}:0=0`, `${total}:0=0`, `${total}:1=1`, `${total}:0=0`, `${total}:45=45`]);
  assert.deepEqual(shown.filter((s) => s.startsWith(`${next}:`)), [`${next}:3=3`, `${next}:0=0`, `${next}:0=0`, `${next}:0=0`, `${next}:1=1`, `${next}:0=0`, `${next}:4=4`]);
  const review = row('| 2 | 1 | 0 | 0 | 3 |');
  assert.deepEqual(shown.filter((s) => s.startsWith(`${review}:`)), [`${review}:3=3`, `${review}:3≠ 应为 2`, `${review}:0=0`]);
  // 25 row totals (R2) + 6 more cells of （七） + 7 cells of 四 − 1 (四's total is already an R2 total) + 3 review totals + the wrong cell.
  assert.equal(hints.length, 25 + 6 + 6 + 3 + 1);
  const h = hints.find((x) => x.label === '≠ 应为 24')!;
  assert.equal(h.tooltip, '行总计：28 ≠ 29，此格改为 24 后成立\n本列（七）总计：40 ≠ 41，此格改为 24 后成立');
  assert.equal(h.ok, false);
  assert.equal(SAMPLE.slice(h.offset - 2, h.offset), '25');
  const seventh = hints.find((x) => lm.positionAt(x.offset).line === total && SAMPLE.slice(x.offset - 2, x.offset) === '40')!;
  assert.match(seventh.tooltip, /= 40 ✓（按“25”一格应为 24 计）/);
});

test('every cell a fixable-total diagnostic points at carries a ≠ hint with the fix\'s value, on every text', () => {
  for (const { name, text } of corpus()) {
    const a = analyzed(text);
    const hints = new Map(inlayHints(a).map((h) => [h.offset, h]));
    for (const f of lintAnalysis(a).findings) {
      if (!['table-row-total', 'table-subtotal', 'review-total', 'table-balance'].includes(f.rule) || !f.fix) continue;
      const h = hints.get(f.end);
      assert.ok(h && !h.ok, `${name}: ${f.rule} at ${f.start} has a ≠ hint`);
      // The fix's value is what the hint calls 应为; a hint without 应为 has no fix behind it.
      assert.ok(h.label.startsWith(`≠ 应为 ${f.fix.edits[0].newText}`), `${name}: ${h.label} vs ${f.fix.edits[0].newText}`);
    }
    for (const h of hints.values()) {
      // (Suppressed findings keep their hints.)
      if (!h.label.startsWith('≠ 应为') || /govreport-disable/.test(text)) continue;
      assert.ok(lintAnalysis(a).findings.some((f) => f.fix && f.end === h.offset), `${name}: ${h.label} without a fix`);
    }
    for (const h of hints.values()) assert.ok(h.ok === h.label.startsWith('='), `${name}: ${h.label}`);
  }
});

test('a blank cell read as 0 (its row has other numbers): the hints through it say so, as the findings do', () => {
  const base = buildDraft();
  const all = inlayHints(analyzed(base));
  const s = setCell(base, '（一）予以公开', 2, ''); // 科研机构 is 0 there: everything still holds
  const a = analyzed(s.text);
  const hints = inlayHints(a);
  assert.equal(hints.length, all.length);
  const row = a.report!.tables.get('applications')!.rows.find((r) => r.rowId === 'open')!;
  const h = hints.find((x) => x.offset === row.values.get('total')!.end)!;
  assert.equal(h.label, '=6（空格按 0 计）');
  assert.ok(h.ok);
  assert.match(h.tooltip, /^行总计：5 \+ 1 \+ 0 \+ 0 \+ 0 \+ 0 = 6 ✓（空格按 0 计）$/);
  // The blank 商业企业 alone explains the row total and its column's （七）总计: the hint is on it.
  const wrong = inlayHints(analyzed(setCell(base, '（一）予以公开', 1, '').text)).find((x) => x.label.startsWith('≠'))!;
  assert.equal(wrong.label, '≠ 应为 1（空格按 0 计）');
  assert.equal(wrong.ok, false);
});

test('a consistent draft: only = hints; a row with no number silences the checks through it', () => {
  const base = buildDraft();
  const all = inlayHints(analyzed(base));
  assert.ok(all.length > 30 && all.every((h) => h.ok));
  let text = base;
  for (let k = 0; k < 7; k++) text = setCell(text, '（一）予以公开', k, '').text;
  const a = analyzed(text);
  const fewer = inlayHints(a);
  // The row's 总计 (R2) loses its hint; the column's （七）总计 keeps the one of R1 (R3 is skipped).
  assert.equal(fewer.length, all.length - 1);
  const row = a.report!.tables.get('applications')!.rows.find((r) => r.rowId === 'open')!;
  assert.ok(!fewer.some((h) => h.offset === row.values.get('total')!.end));
  const seventh = a.report!.tables.get('applications')!.rows.find((r) => r.rowId === 'total')!.values.get('business')!;
  assert.match(fewer.find((h) => h.offset === seventh.end)!.tooltip, /^本列 一 \+ 二 = 三（七） \+ 四：/);
});

test('range-limited: [start, end) of the hint positions', () => {
  const a = analyzed(SAMPLE);
  const all = inlayHints(a);
  const line = lm.positionAt(at(SAMPLE, '| （七）总计 |')).line;
  const part = inlayHints(a, lm.lineStarts[line], lm.lineStarts[line + 1]);
  assert.equal(part.length, 7);
  assert.deepEqual(part, all.filter((h) => lm.positionAt(h.offset).line === line));
  assert.deepEqual(inlayHints(a, 0, lm.lineStarts[20]), []);
  const first = all[0];
  assert.deepEqual(inlayHints(a, first.offset, first.offset + 1), [first]);
  assert.deepEqual(inlayHints(a, first.offset + 1, first.offset + 2), []);
});

test('nothing for a text that is not a report', () => {
  assert.deepEqual(inlayHints(analyzed(WEEKLY_NOTE)), []);
});
