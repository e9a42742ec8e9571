import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { OffsetMapBuilder } from '../../../server/src/core/text/offset-map';
import { normalizeMapped } from '../../../server/src/core/text/normalize';

/** Increasing offsets with small steps and jumps past several 65,536 boundaries at once. */
function offsets(n: number, seed: number): number[] {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: number[] = [];
  let o = Math.floor(rnd() * 200000);
  for (let i = 0; i < n; i++) {
    out.push(o);
    const r = rnd();
    o += r < 0.001 ? 1 + Math.floor(rnd() * 300000) : r < 0.1 ? 1 + Math.floor(rnd() * 50) : 1;
  }
  return out;
}

test('offset map: every entry reads back as the array it stands for, across high-part changes', () => {
  for (const [n, seed] of [[1, 1], [5000, 2], [20000, 3], [70000, 4]] as const) {
    const want = offsets(n, seed);
    const b = new OffsetMapBuilder(n + 10);
    want.forEach((o, k) => b.set(k, o));
    const map = b.done(n);
    assert.equal(map.length, n);
    for (let i = 0; i < n; i++) if (map.get(i) !== want[i]) assert.fail(`entry ${i} of ${n}: ${map.get(i)} ≠ ${want[i]}`);
  }
});

test('offset map: outside its entries a read gives undefined, as an array read does (no counting from the end)', () => {
  const b = new OffsetMapBuilder(4);
  [3, 70000, 140000].forEach((o, k) => b.set(k, o));
  const map = b.done(3);
  for (const i of [-1, 3, 4, 0.5, NaN]) assert.equal(map.get(i), undefined, String(i));
  assert.deepEqual([0, 1, 2].map((i) => map.get(i)), [3, 70000, 140000]);
});

test('normalizeMapped over a text past 65,536 characters maps each character back to where it stands', () => {
  const src = ('公开 申请\t办理  情况。'.repeat(9000)) + '同意公開';
  const m = normalizeMapped(src);
  assert.ok(src.length > 0x10000 * 1.5);
  for (let i = 0; i < m.text.length; i++) if (src[m.map.get(i)] !== m.text[i] && !(src[m.map.get(i)] === '開' && m.text[i] === '开')) assert.fail(`char ${i}`);
  assert.equal(m.map.get(m.text.length), src.length);
});
