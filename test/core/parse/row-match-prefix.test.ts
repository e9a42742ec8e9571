// A long statutory label wrapped in its cell, its figures on the first piece's line (2.申请人逾期未按
// 0 0 … / 收费通知 / 要求缴纳 …): the first piece names the one row whose label starts with it, not a
// short label that two of its characters happen to cover (2.重复申请: 申、请 in order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestRow, candidatesOf, itemNumber, leadingNumeral, rowCore } from '../../../server/src/core/parse/row-match';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';

const spec = FORMATS['gov-info-2021'].tables.applications as GridTable;
const cands = candidatesOf({}, () => spec.rows.map((r) => ({ id: r.id, core: rowCore(r), group: !!r.group, numeral: leadingNumeral(r.label), item: itemNumber(r.label), full: rowCore({ label: r.label }) })));

test('the first piece of a wrapped label names the row it starts', () => {
  assert.equal(bestRow('2.申请人逾期未按', cands, true)?.id, 'otherproc-2');
  assert.equal(bestRow('1.申请人无正当理', cands, true)?.id, 'otherproc-1');
  assert.equal(bestRow('5.要求行政机关确认', cands, true)?.id, 'noproc-5');
});

test('whole labels and damaged ones are matched as before', () => {
  assert.equal(bestRow('2.重复申请', cands, true)?.id, 'noproc-2');
  assert.equal(bestRow('3.其他', cands, true)?.id, 'otherproc-3');
  assert.equal(bestRow('4.无正当理复申请', cands, true)?.id, 'noproc-4');
  // Three characters are too few to say which label they start.
  assert.notEqual(bestRow('2.申请人', cands, true)?.id, 'otherproc-2');
});

test('a first piece without figures is not given the row: its figures on the next line are (4.保护第三 / （三）不 方合法权 0 …)', () => {
  assert.notEqual(bestRow('4.保护第三', cands, false)?.id, 'deny-4');
});
