// format-outdated, the wording of one item (issue #12, hT): a 2021+ table 二 that is in the 2021
// format except for the 2019 wording 规范性文件 where the 2021 format says 行政规范性文件. One
// warning at that label (the fix renames it), and the table's own row checks still run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOne, buildDraft, LAYOUTS, lineOf, where } from './build';
import { found, lintAll } from './structure-helpers';

const RULE = 'format-outdated';

test('规范性文件 in a 2021 table 二: one warning at it; the fix writes 行政规范性文件', () => {
  for (const layout of LAYOUTS) {
    const text = buildDraft({ kind: 2021, layout }).replace('行政规范性文件', '规范性文件');
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.equal(fs[0].severity, 'warning');
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '规范性文件'), slice: '规范性文件' });
    assert.match(fs[0].message, /行政规范性文件/);
    const fixed = applyOne(text, fs[0]);
    assert.equal(fixed, buildDraft({ kind: 2021, layout }));
    assert.deepEqual(found(fixed, RULE), []);
  }
});

test('规范性文件 in a 2019-format report is its own wording: silent', () => {
  for (const layout of LAYOUTS) assert.deepEqual(found(buildDraft({ kind: 2019, layout }), RULE), []);
});

test('the table is still checked row by row: a missing row is reported besides', () => {
  const text = buildDraft({ kind: 2021, layout: 'gfm' }).replace('行政规范性文件', '规范性文件');
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^\|\s*行政强制\s*\|/.test(l));
  assert.ok(i > 0);
  lines.splice(i, 1);
  const r = lintAll(lines.join('\n'));
  assert.ok(r.findings.some((f) => f.rule === 'table-row-missing' && /行政强制/.test(f.message)), JSON.stringify(r.findings.map((f) => f.rule)));
});
