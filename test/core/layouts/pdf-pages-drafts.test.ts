// Generated drafts with page and wrapping debris inside their tables (test/gen/layout-pdf-pages.ts):
// running page headers in PDF text (reading order and with layout), 表四's row wrapped over lines,
// labels broken over lines in PDF layout and tab copies (before or after the figures). Every statutory cell reads exactly as in
// the draft without the debris, clean drafts give no error or warning, and an injected arithmetic
// error is still found (or the table is said to be unreadable, never a false error).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { generateDraft, matrixOptions, MATRIX, type Draft } from '../../gen/drafts';
import { gfmTablesToColumnBlock, gfmTablesToColumnRows } from '../../gen/layout-pdf-order';
import { breakTabLabels, breakTabLabelsAfter, splitSpacedLabels, withFormFeeds, withRunningHeaders, wrapFlatRow } from '../../gen/layout-pdf-pages';
import { mutate } from '../../gen/mutations';

const N = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;
const DRAFTS = Array.from({ length: N }, (_, i) => matrixOptions(i, 4242)).map(generateDraft);
const of = (layout: string) => DRAFTS.filter((d) => d.layout === layout);

/** Every statutory cell read, by table, block and row (rows split over lines merged). */
function cells(text: string): Map<string, string> {
  const m = new Map<string, string>();
  const a = analyze(text);
  for (const [id, t] of a.report?.tables ?? []) {
    if (t.unreadable) { m.set(`${id}:unreadable`, ''); continue; }
    for (const r of t.rows) {
      if (!r.rowId) continue;
      const key = `${id}:${r.blockId ?? ''}:${r.rowId}`;
      const vs = [...r.values].map(([col, c]) => `${col}=${c.text}`).join(' ');
      m.set(key, `${m.get(key) ?? ''} ${vs}`.trim());
      for (const c of r.values.values()) assert.equal(text.slice(c.start, c.end), c.text);
    }
  }
  return m;
}

const CASES: { name: string; layout: string; pre?: (t: string) => string; debris: (t: string, d: Draft) => string }[] = [
  { name: 'spaced, running header with page', layout: 'spaced', debris: (t) => withRunningHeaders(t, 'title-page') },
  { name: 'spaced, running header organ', layout: 'spaced', debris: (t, d) => withRunningHeaders(t, 'organ', d.issuer) },
  { name: 'spaced, form feeds at page breaks', layout: 'spaced', debris: (t) => withFormFeeds(withRunningHeaders(t, 'title-page')) },
  { name: 'spaced, 表四 over two lines', layout: 'spaced', debris: (t) => wrapFlatRow(t, 2) },
  { name: 'spaced, 表四 over three lines', layout: 'spaced', debris: (t) => wrapFlatRow(t, 3) },
  { name: 'spaced, labels over three lines with vertical characters', layout: 'spaced', debris: (t) => splitSpacedLabels(t) },
  { name: 'reading order, running header with page', layout: 'gfm', pre: gfmTablesToColumnBlock, debris: (t) => withRunningHeaders(t, 'title-page') },
  { name: 'reading order, running header organ', layout: 'gfm', pre: gfmTablesToColumnBlock, debris: (t, d) => withRunningHeaders(t, 'organ', d.issuer) },
  { name: 'reading order by rows, running header with page', layout: 'gfm', pre: gfmTablesToColumnRows, debris: (t) => withRunningHeaders(t, 'title-page') },
  { name: 'reading order by rows, running header organ', layout: 'gfm', pre: gfmTablesToColumnRows, debris: (t, d) => withRunningHeaders(t, 'organ', d.issuer) },
  { name: 'tab, labels broken', layout: 'tab', debris: (t) => breakTabLabels(t) },
  { name: 'tab, labels broken before empty tabs', layout: 'tab', debris: (t) => breakTabLabels(t, true) },
  { name: 'tab, sub-row labels broken after the figures', layout: 'tab', debris: (t) => breakTabLabelsAfter(t) },
];

const ARITH = new Set(['table-balance', 'table-row-total', 'review-total', 'table-column-total', 'table-total']);

for (const c of CASES) {
  test(`pdf-pages drafts (${c.name}): the tables read as without the debris, no error or warning`, () => {
    let changed = 0;
    for (const d of of(c.layout)) {
      const base = c.pre ? c.pre(d.text) : d.text;
      const text = c.debris(base, d);
      if (text !== base) changed++;
      assert.deepEqual([...cells(text)].sort(), [...cells(base)].sort(), d.name);
      const bad = lint(text).findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'script-traditional');
      assert.deepEqual(bad.map((f) => `${f.rule} ${f.message}`), [], d.name);
    }
    assert.ok(changed > 0, 'the transform changed no draft');
  });

  test(`pdf-pages drafts (${c.name}): an arithmetic error is found, or the table is unreadable (info)`, () => {
    let found = 0;
    const missed: string[] = [];
    for (const d of of(c.layout).slice(0, 4)) {
      for (const f of mutate(d).filter((x) => ARITH.has(x.rule))) {
        const text = c.debris(c.pre ? c.pre(f.text) : f.text, d);
        const r = lint(text);
        if (r.findings.some((x) => x.rule === f.rule)) { found++; continue; }
        if (!r.findings.some((x) => x.rule === 'table-unreadable' && x.severity === 'info')) missed.push(`${d.name} + ${f.what}`);
      }
    }
    assert.deepEqual(missed, []);
    assert.ok(found >= 1, 'no injected error found');
  });
}
