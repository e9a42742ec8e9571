// A statutory row's defaults (not inferred, no unassigned cells, no shape error) are shared by all
// rows until one sets its own (table-row.ts): setting them on one row leaves every other row as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newTableRow, valuesToWrite } from '../../../server/src/core/parse/table-row';
import { cellAt } from '../../../server/src/core/parse/cell-at';
import type { RawRow } from '../../../server/src/core/parse/tables';

const raw = (line: number): RawRow => ({ line, endLine: line, start: line * 10, end: line * 10 + 5, cells: [cellAt('规章', line * 10)], width: null });

test('a new row reads as the literal it replaces', () => {
  const r = newTableRow(raw(2), 'data', 'rules', 'b1', '规章', 20, 22);
  assert.deepEqual(
    { raw: r.raw, kind: r.kind, rowId: r.rowId, blockId: r.blockId, inferred: r.inferred, label: r.label, labelStart: r.labelStart, labelEnd: r.labelEnd, values: [...r.values], unassigned: r.unassigned, shape: r.shape },
    { raw: raw(2), kind: 'data', rowId: 'rules', blockId: 'b1', inferred: false, label: '规章', labelStart: 20, labelEnd: 22, values: [], unassigned: [], shape: null });
});

test('one row\'s own inferred, unassigned, shape and values leave the others at their defaults', () => {
  const a = newTableRow(raw(1), 'data', null, null, '', 10, 10);
  const b = newTableRow(raw(2), 'unknown', null, null, '', 20, 20);
  a.inferred = true;
  a.unassigned = [cellAt('5', 13)];
  a.shape = { expected: 3, found: 1 };
  valuesToWrite(a).set('x', cellAt('7', 14));
  assert.equal(b.inferred, false);
  assert.deepEqual(b.unassigned, []);
  assert.equal(b.shape, null);
  assert.equal(b.values.size, 0);
  assert.equal(newTableRow(raw(3), 'data', null, null, '', 30, 30).unassigned.length, 0);
  assert.equal(a.unassigned.length, 1);
});

test('rows without values share one empty map, never written: a row is given a map of its own to write', () => {
  const a = newTableRow(raw(1), 'data', null, null, '', 10, 10);
  const b = newTableRow(raw(2), 'data', null, null, '', 20, 20);
  assert.equal(a.values, b.values);
  assert.throws(() => a.values.set('x', cellAt('7', 14)));
  assert.equal(a.values.delete('x'), false);
  const own = valuesToWrite(a);
  assert.notEqual(own, b.values);
  assert.equal(valuesToWrite(a), own);
  own.set('x', cellAt('7', 14));
  assert.equal(a.values.get('x')?.text, '7');
  assert.equal(b.values.size, 0);
  assert.equal(newTableRow(raw(3), 'data', null, null, '', 30, 30).values.size, 0);
});
