// TableRow.values is a CellMap (two lists instead of a hash table): it must behave as the Map
// the rules read, whether filled by zip (a row read in one go) or set by set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CellMap, columnIds } from '../../../server/src/core/parse/cell-map';
import type { Cell } from '../../../server/src/core/parse/tables';

const cell = (text: string, start: number): Cell => ({ text, start, end: start + text.length, value: { type: 'text' } });

function same(m: Map<string, Cell>, ref: Map<string, Cell | undefined>): void {
  assert.equal(m.size, ref.size);
  assert.deepEqual([...m], [...ref]);
  assert.deepEqual([...m.keys()], [...ref.keys()]);
  assert.deepEqual([...m.values()], [...ref.values()]);
  assert.deepEqual([...m.entries()], [...ref.entries()]);
  const seen: [string, Cell][] = [];
  m.forEach((v, k) => seen.push([k, v]));
  assert.deepEqual(seen, [...ref]);
  for (const k of ['a', 'b', 'c', 'd', 'zz']) {
    assert.equal(m.has(k), ref.has(k), k);
    assert.equal(m.get(k), ref.get(k), k);
  }
}

test('CellMap.zip is the map that set() column by column makes, shorter cell lists included', () => {
  const cols = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const ids = columnIds(cols);
  assert.equal(columnIds(cols), ids, 'one id list per column list');
  assert.ok(Object.isFrozen(ids));
  for (const cells of [[cell('1', 0), cell('2', 2), cell('3', 4)], [cell('1', 0)], [], [cell('1', 0), cell('2', 2), cell('3', 4), cell('4', 6)]]) {
    const ref = new Map<string, Cell | undefined>();
    ids.forEach((id, i) => ref.set(id, cells[i]));
    same(CellMap.zip(ids, cells), ref);
  }
  // Repeated ids: the first place, the last value, as Map.set gives.
  const ref = new Map<string, Cell>();
  const cells = [cell('x', 0), cell('y', 1), cell('z', 2)];
  ['a', 'b', 'a'].forEach((id, i) => ref.set(id, cells[i]));
  same(CellMap.zip(['a', 'b', 'a'], cells), ref);
});

test('CellMap: set, delete and clear as a Map, without touching the shared id list or the given cells', () => {
  const ids = columnIds([{ id: 'a' }, { id: 'b' }]);
  const cells = [cell('1', 0), cell('2', 2)];
  const m = CellMap.zip(ids, cells);
  const ref = new Map<string, Cell | undefined>([['a', cells[0]], ['b', cells[1]]]);
  const c = cell('3', 4);
  m.set('b', c); ref.set('b', c);
  m.set('c', c); ref.set('c', c);
  same(m, ref);
  assert.deepEqual([...ids], ['a', 'b']);
  assert.equal(cells[1].text, '2');
  assert.equal(m.delete('a'), ref.delete('a'));
  assert.equal(m.delete('nope'), ref.delete('nope'));
  same(m, ref);
  m.clear(); ref.clear();
  same(m, ref);
  const fresh = new CellMap();
  assert.equal(fresh.size, 0);
  assert.equal(fresh.set('d', c), fresh);
  same(fresh, new Map([['d', c]]));
  assert.equal(Object.prototype.toString.call(fresh), '[object Map]');
});

test('CellMap.zip over cells standing in their raw row keeps the row list, and set/delete/new keys never write into it', () => {
  const ids = columnIds([{ id: 'a' }, { id: 'b' }]);
  const row = [cell('label', 0), cell('1', 6), cell('2', 8)];
  const before = [...row];
  const ref = () => new Map<string, Cell | undefined>([['a', row[1]], ['b', row[2]]]);
  // The values run on in the row: read from it by offset.
  same(CellMap.zip(ids, row.slice(1), row), ref());
  // Not a run of the row (another cell in between, or cells of another row): copied as before.
  same(CellMap.zip(ids, [row[0], row[2]], row), new Map([['a', row[0]], ['b', row[2]]]));
  const others = [cell('1', 6), cell('2', 8)];
  same(CellMap.zip(ids, others, row), new Map([['a', others[0]], ['b', others[1]]]));
  const c = cell('3', 10);
  for (const change of [
    (m: Map<string, Cell>) => m.set('a', c),
    (m: Map<string, Cell>) => m.set('b', c),
    (m: Map<string, Cell>) => m.set('z', c),
    (m: Map<string, Cell>) => m.delete('a'),
    (m: Map<string, Cell>) => m.clear(),
  ]) {
    const m = CellMap.zip(ids, row.slice(1), row);
    const r = ref();
    change(m);
    change(r as Map<string, Cell>);
    same(m, r);
    assert.deepEqual(row, before, 'the raw row is unchanged');
    assert.deepEqual([...ids], ['a', 'b']);
  }
});
