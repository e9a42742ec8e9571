import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chunkedString, unitsToString, wholeString, WHOLE_MIN } from '../../../server/src/core/text/units';

/** n code units from a seeded generator, with the units a decoder might treat apart mixed in. */
function units(n: number, seed: number, surrogates: boolean): Uint16Array {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const special = [0, 0xfeff, 0xfffe, 0xffff, 0xfffd, 10, 13, 0x3000, 0xa0, 0x7f, 0x80, 0xd7ff, 0xe000];
  const u = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    let c = r < 0.05 ? special[Math.floor(rnd() * special.length)] : r < 0.5 ? 0x4e00 + Math.floor(rnd() * 0x5000) : Math.floor(rnd() * 0x10000);
    if (!surrogates && (c & 0xf800) === 0xd800) c = 0x4e00;
    u[i] = c;
  }
  // A byte-order mark first: kept as a character, never taken for the decoder's mark.
  u[0] = 0xfeff;
  return u;
}

test('unitsToString: a long output decoded at once is the units themselves (byte-order mark, NUL, noncharacters kept)', () => {
  for (const [n, seed] of [[WHOLE_MIN, 1], [WHOLE_MIN * 3 + 17, 2]] as const) {
    const u = units(n + 5, seed, false);
    const want = chunkedString(u, n);
    assert.equal(want.length, n);
    const whole = wholeString(u, n);
    // (Null only on a big-endian platform or without TextDecoder: then the chunked way is taken.)
    if (whole !== null) assert.ok(whole === want, `seed ${seed}: the decoded text differs`);
    assert.ok(unitsToString(u, n) === want);
  }
});

test('unitsToString: surrogates, paired or not, take the chunked way and are kept as written', () => {
  const n = WHOLE_MIN + 100;
  const u = units(n, 3, false);
  u[500] = 0xd83d; u[501] = 0xde00; // 😀
  u[900] = 0xd800; // unpaired high
  u[n - 1] = 0xdc00; // unpaired low, last
  assert.equal(wholeString(u, n), null);
  const s = unitsToString(u, n);
  assert.equal(s.length, n);
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) !== u[i]) assert.fail(`unit ${i}: ${s.charCodeAt(i)} ≠ ${u[i]}`);
});

test('unitsToString: short outputs and the first n units only', () => {
  const u = new Uint16Array([0x4f60, 0x597d, 0x3002, 0xfeff, 65]);
  assert.equal(unitsToString(u, 3), '你好。');
  assert.equal(unitsToString(u, 0), '');
  const long = units(WHOLE_MIN * 2, 4, false);
  assert.ok(unitsToString(long, WHOLE_MIN + 1) === chunkedString(long, WHOLE_MIN + 1));
});
