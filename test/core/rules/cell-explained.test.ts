// Tables 三 and 四 as one system (issue #16 §1, engine/explain.ts + model/cell-explained.ts):
// change any one cell of a table whose sums all hold, and exactly one arithmetic finding lands
// on that cell, with a fix that restores it. And no arithmetic fix ever makes a relation fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes, lint } from '../../../server/src/core';
import { constraintInstances, holds } from '../../../server/src/core/engine/constraints';
import type { Cell } from '../../../server/src/core/parse/tables';
import { generateDraft, matrixOptions } from '../../gen/drafts';
import { readSeed } from '../helpers';
import { buildDraft, LAYOUTS } from './build';

const ARITHMETIC = ['table-balance', 'table-subtotal', 'table-row-total', 'review-total'];
const REAL = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'real');

function drafts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const kind of [2019, 2021] as const) for (const layout of LAYOUTS) out.push({ name: `built ${kind} ${layout}`, text: buildDraft({ kind, layout }) });
  for (const seed of ['001', '003']) out.push({ name: `seed ${seed}`, text: readSeed(seed) });
  for (let i = 0; i < 6; i++) {
    const d = generateDraft(matrixOptions(i));
    out.push({ name: d.name, text: d.text });
  }
  for (const f of readdirSync(REAL).filter((x) => x.endsWith('.txt'))) out.push({ name: `real ${f}`, text: readFileSync(join(REAL, f), 'utf8') });
  return out;
}

/** Cells of a table whose instances all evaluate and hold, with how many instances read each. */
function checkedCells(text: string, tableId: string): Cell[] {
  const a = analyze(text);
  const inst = constraintInstances(a).filter((i) => i.table.id === tableId);
  if (inst.length === 0 || inst.some((i) => holds(i) !== true)) return [];
  const cells = new Set<Cell>();
  for (const i of inst) for (const x of [...i.left, ...i.right]) if (x.cell && x.cell.value.type === 'int') cells.add(x.cell);
  return [...cells];
}

const replace = (text: string, c: Cell, v: string) => text.slice(0, c.start) + v + text.slice(c.end);

test('table 三: any one cell changed (+k) gives one finding, on that cell, whose fix restores it', () => {
  let tried = 0;
  for (const { name, text } of drafts()) {
    for (const c of checkedCells(text, 'applications')) {
      const k = 1 + (c.start % 3);
      const changed = replace(text, c, String((c.value as { value: number }).value + k));
      const fs = lint(changed).findings.filter((f) => ARITHMETIC.includes(f.rule));
      assert.equal(fs.length, 1, `${name} @${c.start}: ${fs.map((f) => f.message).join(' | ')}`);
      assert.equal(fs[0].start, c.start, `${name} @${c.start}: ${fs[0].message}`);
      assert.ok(fs[0].fix, `${name} @${c.start}: a fix`);
      assert.equal(applyFixes(changed, [fs[0].fix!]).text, text, `${name} @${c.start}`);
      assert.ok((fs[0].related?.length ?? 0) >= 2, `${name}: the failing sums as related spans`);
      tried++;
    }
  }
  assert.ok(tried > 500, `cells tried: ${tried}`);
});

test('table 四: a cell belongs to one sum only, so a change is reported once, at its group\'s total, and the fix balances it', () => {
  let tried = 0;
  for (const { name, text } of drafts()) {
    for (const c of checkedCells(text, 'review')) {
      const changed = replace(text, c, String((c.value as { value: number }).value + 2));
      const fs = lint(changed).findings.filter((f) => ARITHMETIC.includes(f.rule));
      assert.equal(fs.length, 1, `${name} @${c.start}`);
      assert.equal(fs[0].rule, 'review-total');
      const after = applyFixes(changed, [fs[0].fix!]).text;
      assert.deepEqual(lint(after).findings.filter((f) => ARITHMETIC.includes(f.rule)), [], `${name} @${c.start}`);
      tried++;
    }
  }
  assert.ok(tried > 50, `cells tried: ${tried}`);
});

test('property: no offered arithmetic fix makes a relation that held fail (one and two cells changed)', () => {
  let fixes = 0;
  for (const { name, text } of drafts()) {
    const cells = checkedCells(text, 'applications');
    for (let n = 0; n + 1 < cells.length; n += 3) {
      const a = cells[n], b = cells[(n * 7 + 5) % cells.length];
      let changed = replace(text, a, String((a.value as { value: number }).value + 1));
      if (b !== a) {
        const shift = b.start > a.start ? changed.length - text.length : 0;
        changed = changed.slice(0, b.start + shift) + String((b.value as { value: number }).value + 2) + changed.slice(b.end + shift);
      }
      const before = analyze(changed);
      const held = new Set(constraintInstances(before).filter((i) => holds(i) === true).map((i) => `${i.constraint.id}:${i.along}:${i.left[0].id}`));
      for (const f of lint(changed).findings.filter((x) => ARITHMETIC.includes(x.rule) && x.fix)) {
        const after = analyze(applyFixes(changed, [f.fix!]).text);
        for (const i of constraintInstances(after)) {
          if (held.has(`${i.constraint.id}:${i.along}:${i.left[0].id}`)) assert.notEqual(holds(i), false, `${name}: ${f.fix!.title} breaks ${i.constraint.id} ${i.along}`);
        }
        fixes++;
      }
    }
  }
  assert.ok(fixes > 50, `fixes tried: ${fixes}`);
});

test('a rule turned off never silences another: with the explaining rule off, the next failing sum\'s rule reports the cell', () => {
  const sample = readFileSync(join(__dirname, '..', '..', '..', '..', 'samples', 'sample-2023-report.md'), 'utf8');
  const on = lint(sample).findings.filter((f) => ARITHMETIC.includes(f.rule) && f.rule !== 'review-total');
  assert.deepEqual(on.map((f) => f.rule), ['table-row-total']);
  const off = lint(sample, { settings: { rules: { 'table-row-total': 'off' } } }).findings.filter((f) => ARITHMETIC.includes(f.rule) && f.rule !== 'review-total');
  assert.deepEqual(off.map((f) => [f.rule, f.start, f.end]), [['table-subtotal', on[0].start, on[0].end]], 'the same cell, reported by table-subtotal');
  const bothOff = lint(sample, { settings: { rules: { 'table-row-total': 'off', 'table-subtotal': 'off' } } }).findings.filter((f) => ARITHMETIC.includes(f.rule) && f.rule !== 'review-total');
  assert.deepEqual(bothOff, []);
});
