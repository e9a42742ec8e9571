// ParsedDocument.tableLines is a LineSet (a byte per line instead of a hash table): it must answer
// as the Set<number> of line numbers the readers of table lines ask, in ascending order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineSet } from '../../../server/src/core/parse/line-set';
import { parseDocument } from '../../../server/src/core/parse/document';

function same(s: Set<number>, ref: Set<number>): void {
  const sorted = [...ref].sort((a, b) => a - b);
  assert.equal(s.size, ref.size);
  assert.deepEqual([...s], sorted);
  assert.deepEqual([...s.keys()], sorted);
  assert.deepEqual([...s.values()], sorted);
  assert.deepEqual([...s.entries()], sorted.map((l) => [l, l]));
  const seen: number[] = [];
  s.forEach((v, k, set) => {
    assert.equal(v, k);
    assert.equal(set, s);
    seen.push(v);
  });
  assert.deepEqual(seen, sorted);
  for (const l of [-1, 0, 1, 2, 3, 7, 8, 40, 1.5, NaN]) assert.equal(s.has(l), ref.has(l), String(l));
}

test('LineSet: add, has, delete and clear as a Set of line numbers, growing past the lines it was made for', () => {
  const s = new LineSet(4);
  const ref = new Set<number>();
  for (const l of [3, 1, 3, 0, 7, 40]) {
    assert.equal(s.add(l), s);
    ref.add(l);
    same(s, ref);
  }
  assert.equal(s.delete(3), ref.delete(3));
  assert.equal(s.delete(3), ref.delete(3));
  assert.equal(s.delete(1000), ref.delete(1000));
  same(s, ref);
  s.clear();
  ref.clear();
  same(s, ref);
  s.add(2);
  ref.add(2);
  same(s, ref);
  assert.equal(Object.prototype.toString.call(s), '[object Set]');
  assert.throws(() => s.add(-1), RangeError);
  assert.throws(() => s.add(0.5), RangeError);
  same(new LineSet(), new Set());
});

test('LineSet: the table lines of a parsed draft are the lines of its table rows', () => {
  const text = '# 报告\n\n说明文字。\n\n| 项目 | 数量 |\n| --- | --- |\n| 规章 | 3 |\n| 规范性文件 | 5 |\n\n结语。\n';
  const doc = parseDocument(text);
  assert.ok(doc.tableLines instanceof LineSet);
  const rows = doc.tables.flatMap((t) => t.rows.map((r) => r.line));
  assert.ok(rows.length >= 3, 'the table is read');
  for (const l of rows) assert.ok(doc.tableLines.has(l), `line ${l}`);
  for (const l of [0, 2, 9]) assert.equal(doc.tableLines.has(l), false, `line ${l}`);
});
