// Generated drafts with their tables printed as PDF text in reading order (test/gen/layout-pdf-order.ts,
// read by parse/layouts/column-block.ts): clean drafts give no error or warning, and an arithmetic
// error injected into the draft's table is found in that rendering too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { generateDraft, matrixOptions, MATRIX } from '../../gen/drafts';
import { gfmTablesToColumnBlock, gfmTablesToColumnRows } from '../../gen/layout-pdf-order';
import { mutate } from '../../gen/mutations';

const N = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;
const GFM = Array.from({ length: N }, (_, i) => matrixOptions(i, 4242)).filter((o) => o.layout === 'gfm').map(generateDraft);

test('column-block drafts: clean drafts in PDF reading order give no error or warning', () => {
  for (const d of GFM) {
    const r = lint(gfmTablesToColumnBlock(d.text));
    assert.notEqual(r.kind, null, d.name);
    // (Traditional-script drafts are rightly told to use simplified characters.)
    assert.deepEqual(r.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'script-traditional').map((f) => `${f.rule} ${f.message}`), [], d.name);
  }
});

test('column-block drafts: an arithmetic error is found where the table is read; otherwise the table is unreadable (info), never a false error', () => {
  const ARITH = new Set(['table-balance', 'table-row-total', 'review-total', 'table-column-total', 'table-total']);
  let found = 0;
  const missed: string[] = [];
  for (const d of GFM) {
    for (const f of mutate(d).filter((x) => ARITH.has(x.rule))) {
      const text = gfmTablesToColumnBlock(f.text);
      const a = analyze(text);
      const r = lint(text);
      if (r.findings.some((x) => x.rule === f.rule)) { found++; continue; }
      // Not found: only because the table could not be placed cell by cell, which is said.
      if (!(a.report?.unreadable?.length && r.findings.some((x) => x.rule === 'table-unreadable' && x.severity === 'info'))) missed.push(`${d.name} + ${f.what}`);
    }
  }
  assert.deepEqual(missed, []);
  assert.ok(found >= 1, 'no injected error found in any column-block draft');
});

test('column-block drafts: tables printed row by row across a page break are read as one table, with no error or warning', () => {
  for (const d of GFM) {
    const text = gfmTablesToColumnRows(d.text);
    const a = analyze(text);
    assert.ok(a.report?.tables.has('applications'), `${d.name}: table 三 not read`);
    const r = lint(text);
    assert.deepEqual(r.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'script-traditional').map((f) => `${f.rule} ${f.message}`), [], d.name);
  }
});

test('column-block drafts: an arithmetic error in a table across a page break is found, or the table is unreadable (info)', () => {
  const ARITH = new Set(['table-balance', 'table-row-total', 'table-column-total', 'table-total']);
  let found = 0;
  const missed: string[] = [];
  for (const d of GFM) {
    for (const f of mutate(d).filter((x) => ARITH.has(x.rule))) {
      const text = gfmTablesToColumnRows(f.text);
      const r = lint(text);
      if (r.findings.some((x) => x.rule === f.rule)) { found++; continue; }
      if (!r.findings.some((x) => x.rule === 'table-unreadable' && x.severity === 'info')) missed.push(`${d.name} + ${f.what}`);
    }
  }
  assert.deepEqual(missed, []);
  assert.ok(found >= 1, 'no injected error found in any page-broken draft');
});
