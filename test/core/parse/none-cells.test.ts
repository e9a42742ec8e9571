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

test("table 四's one row with 无 for its zeros is its row of 15 values, not a row short of figures", () => {
  for (const layout of ['gfm', 'loose-pipe', 'tab'] as const) {
    const base = buildDraft({ layout });
    const sep = layout === 'tab' ? '\t' : ' | ';
    const row = ['1', '1', '0', '0', '2', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0'];
    assert.ok(base.includes(row.join(sep)), layout);
    const text = base.replace(row.join(sep), row.map((v) => (v === '0' ? '无' : v)).join(sep));
    const t = analyze(text).report!.tables.get('review')!;
    const data = t.rows.find((r) => r.rowId === 'data');
    assert.ok(data, `${layout}: the row is read`);
    assert.equal(data!.values.size, 15, layout);
    const fs = lint(text).findings;
    assert.deepEqual(fs.filter((f) => f.rule === 'table-shape' || f.rule === 'review-total').map((f) => f.message), [], layout);
    assert.ok(fs.some((f) => f.rule === 'table-cell-invalid' && f.severity === 'info'), layout);
  }
});

test('a 2019-format single （六）其他处理 row written 无 throughout is read as the row with 0s is: format-outdated, no rows missing', () => {
  const base = buildDraft({ layout: 'tab' });
  const lines = base.split('\n');
  const at = lines.findIndex((l) => l.startsWith('（六）其他处理'));
  assert.ok(at > 0);
  // Its three sub-rows (1. 2. 3.) in the 2021 format give way to the 2019 format's one row.
  const end = lines.findIndex((l, i) => i > at && l.startsWith('（七）'));
  const with0 = [...lines.slice(0, at), ['（六）其他处理', '0', '0', '0', '0', '0', '0', '0'].join('\t'), ...lines.slice(end)].join('\n');
  const withNone = with0.replace(['（六）其他处理', '0', '0', '0', '0', '0', '0', '0'].join('\t'), ['（六）其他处理', '无', '无', '无', '无', '无', '无', '无'].join('\t'));
  const rules = (t: string) => lint(t).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule).sort();
  assert.ok(rules(with0).includes('format-outdated'));
  assert.deepEqual(rules(withNone), rules(with0));
});

test('a row of table 二 whose figures are all written with a unit (0件) is its row, reported by table-cell-invalid', () => {
  for (const layout of ['gfm', 'loose-pipe', 'tab'] as const) {
    const base = buildDraft({ layout });
    const sep = layout === 'tab' ? '\t' : ' | ';
    const text = base.replace(['规章', '0', '0', '0'].join(sep), ['规章', '0件', '0件', '0件'].join(sep));
    const r = analyze(text).report!.tables.get('active')!.rows.find((x) => x.rowId === 'rules');
    assert.ok(r, `${layout}: the row is read`);
    assert.equal(r!.label, '规章', layout);
    assert.deepEqual([...r!.values.values()].map((c) => c.text), ['0件', '0件', '0件'], layout);
    const fs = lint(text).findings;
    assert.deepEqual(fs.filter((f) => f.rule === 'table-row-missing' || f.rule === 'table-empty').map((f) => f.message), [], layout);
    assert.ok(fs.some((f) => f.rule === 'table-cell-invalid' && f.message.startsWith('“规章”行')), layout);
  }
});
