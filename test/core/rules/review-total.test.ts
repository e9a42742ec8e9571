// review-total (R4): in table 四, 行政复议, 未经复议直接起诉 and 复议后起诉 each have
// 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Quick-fix: write the computed sum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, reviewDataLine, setCell, where } from './build';

const RULE = 'review-total';
// Built data line: 复议 1 1 0 0 2 · 直接起诉 0 0 0 1 1 · 复议后起诉 0 0 0 0 0.
const GROUPS: [number, string, string][] = [
  [4, '3', '行政复议：总计 3 ≠ 结果维持 1 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 2'],
  [9, '5', '行政诉讼（未经复议直接起诉）：总计 5 ≠ 结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 1'],
  [14, '1', '行政诉讼（复议后起诉）：总计 1 ≠ 结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 0'],
];

test('silent on consistent drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(findings(buildDraft({ kind, layout }), RULE), [], `${kind} ${layout}`);
  }
});

test('fires on the wrong 总计 of each group, naming the group and every part', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const [k, value, message] of GROUPS) {
        const base = buildDraft({ kind, layout });
        const s = setCell(base, reviewDataLine(base), k, value);
        const fs = findings(s.text, RULE);
        assert.equal(fs.length, 1, `${kind} ${layout} ${k}`);
        assert.deepEqual([fs[0].start, fs[0].end], [s.start, s.end]);
        assert.deepEqual(where(s.text, fs[0]), { line: reviewDataLine(base), slice: value });
        assert.equal(fs[0].severity, 'error');
        assert.equal(fs[0].message, message);
      }
    }
  }
});

test('quick-fix writes the sum into that total only and restores the draft', () => {
  for (const layout of LAYOUTS) {
    for (const [k, value] of GROUPS) {
      const base = buildDraft({ layout });
      const s = setCell(base, reviewDataLine(base), k, value);
      const fixed = applyOne(s.text, findings(s.text, RULE)[0]);
      assert.deepEqual(findings(fixed, RULE), []);
      assert.equal(fixed, base, `${layout} ${k}`);
    }
  }
});

test('a wrong part is reported on its group\'s total, not on the other groups', () => {
  const base = buildDraft();
  const s = setCell(base, reviewDataLine(base), 8, '4'); // 直接起诉 尚未审结 1 → 4
  const fs = findings(s.text, RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /^行政诉讼（未经复议直接起诉）：总计 1 ≠ .* = 4$/);
  assert.equal(fs[0].fix!.edits[0].newText, '4');
});

test('cell policy: a blank part counts as 0 in a data line with other numbers, and the finding says so', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const fs = findings(setCell(base, reviewDataLine(base), 1, '').text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.match(fs[0].message, /^行政复议：总计 2 ≠ .* = 1（空格按 0 计）$/);
    assert.deepEqual(findings(setCell(base, reviewDataLine(base), 2, '').text, RULE), [], 'a blank where 0 belongs');
    assert.deepEqual(findings(setCell(base, reviewDataLine(base), 2, '/').text, RULE), [], 'a / where 0 belongs');
  }
});

test('precision: table 四 split by a converter into one table per group is still checked', () => {
  const base = buildDraft();
  const sub = (name: string, v: number[]) =>
    `| ${name} | | | | |\n| --- | --- | --- | --- | --- |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| ${v.join(' | ')} |`;
  const split = [sub('行政复议', [1, 1, 0, 0, 3]), sub('行政诉讼（未经复议直接起诉）', [0, 0, 0, 1, 1]), sub('行政诉讼（复议后起诉）', [0, 0, 0, 0, 0])];
  const i = base.indexOf('| 行政复议');
  const text = base.slice(0, i) + split.join('\n\n') + base.slice(base.indexOf('\n\n', i));
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, GROUPS[0][2]);
  assert.equal(where(text, fs[0]).slice, '3');
});

test('does not apply outside 2019/2021', () => {
  const base = buildDraft({ layout: 'tab' });
  const table = setCell(base, reviewDataLine(base), 4, '3').text.split('\n\n').find((b) => b.includes('结果维持'))!;
  assert.deepEqual(findings(buildRuleOfLaw('\n' + table + '\n'), RULE), []);
  assert.deepEqual(findings(build2008('\n' + table + '\n'), RULE), []);
});
