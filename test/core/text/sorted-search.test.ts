// The shared binary searches (text/sorted-search.ts) against a plain count, on lists with repeated values, bounds
// and values outside the list; and the searches built on them (LineMap.lineAt) against a walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countAtMost, countBelow } from '../../../server/src/core/text/sorted-search';
import { LineMap } from '../../../server/src/core/text/line-map';

function lists(): number[][] {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: number[][] = [[], [0], [5], [1, 1, 1], [0, 2, 2, 4, 9]];
  for (let k = 0; k < 40; k++) {
    const xs = Array.from({ length: Math.floor(rnd() * 30) }, () => Math.floor(rnd() * 20));
    out.push(xs.sort((a, b) => a - b));
  }
  return out;
}

test('countAtMost and countBelow count what a walk counts, over the whole list or its first n entries', () => {
  for (const xs of lists()) {
    for (let n = 0; n <= xs.length; n++) {
      for (let x = -2; x <= 22; x++) {
        const head = xs.slice(0, n);
        assert.equal(countAtMost(xs, x, n), head.filter((v) => v <= x).length, `≤ ${x} in [${head}]`);
        assert.equal(countBelow(xs, x, n), head.filter((v) => v < x).length, `< ${x} in [${head}]`);
      }
    }
    assert.equal(countAtMost(Int32Array.from(xs), 10), xs.filter((v) => v <= 10).length, 'typed arrays too');
  }
});

test('LineMap.lineAt: the last line starting at or before the offset, line 0 before the text, the last line past it', () => {
  const text = 'a\n\nbc\r\nd\re\n';
  const m = new LineMap(text);
  const walk = (o: number) => { let l = 0; for (let k = 0; k < m.lineStarts.length; k++) if (m.lineStarts[k] <= o) l = k; return l; };
  for (let o = -3; o <= text.length + 3; o++) assert.equal(m.lineAt(o), walk(o), `offset ${o}`);
  assert.equal(m.lineAt(Number.NaN), 0);
});
