// 无 written for none in the value cells of a pasted table (规章 | 无 | 无 | 无): the cells are the row's values, read
// by the cell policy as unfilled (info), never a part of its label, so the row is no header and no row is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { buildDraft } from '../rules/build';

test('a row of table 二 whose figures are all 无 is its row, in every editable layout', () => {
  for (const layout of ['gfm', 'loose-pipe', 'tab'] as const) {
    const base = buildDraft({ layout });
    const sep = layout === 'tab' ? '\t' : ' | ';
    const row = ['规章', '0', '0', '0'].join(sep);
    assert.ok(base.includes(row), layout);
    const text = base.replace(row, ['规章', '无', '无', '无'].join(sep));
    const r = analyze(text).report!.tables.get('active')!.rows.find((x) => x.rowId === 'rules');
    assert.ok(r, `${layout}: the row is read`);
    assert.equal(r!.label, '规章', layout);
    assert.deepEqual([...r!.values.values()].map((c) => c.text), ['无', '无', '无'], layout);
    const fs = lint(text).findings;
    assert.deepEqual(fs.filter((f) => f.rule === 'table-row-missing' || f.rule === 'table-empty').map((f) => f.message), [], layout);
    assert.ok(fs.some((f) => f.rule === 'table-cell-invalid' && f.severity === 'info' && f.message.startsWith('“规章”行')), layout);
  }
});

test("one 无 among a row's figures is its first value, not a piece of its label", () => {
  const base = buildDraft({ layout: 'tab' });
  const text = base.replace('规章\t0\t0\t0', '规章\t无\t2\t2');
  const r = analyze(text).report!.tables.get('active')!.rows.find((x) => x.rowId === 'rules')!;
  assert.deepEqual([...r.values.values()].map((c) => c.text), ['无', '2', '2']);
});
