// honestPercent: a stated percentage is the exact quotient rounded (half up) or truncated to
// the digits written; rounding up or any other figure is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { honestPercent } from '../../../server/src/core/model/rounding';

test('rounded or truncated to the digits written', () => {
  const pct = (a: number, b: number) => (a / b) * 100;
  assert.equal(honestPercent(pct(5, 12), 42, 0), true); // 41.67 rounded
  assert.equal(honestPercent(pct(5, 12), 41, 0), true); // truncated
  assert.equal(honestPercent(pct(5, 12), 41.7, 1), true);
  assert.equal(honestPercent(pct(5, 12), 41.6, 1), true);
  assert.equal(honestPercent(pct(1, 3), 33.33, 2), true);
  assert.equal(honestPercent(pct(29, 100), 29, 0), true); // 28.999… in binary
  assert.equal(honestPercent(pct(1, 8), 12.5, 1), true);
  assert.equal(honestPercent(pct(1, 8), 13, 0), true); // 12.5 half up
  assert.equal(honestPercent(100, 100, 0), true);
  assert.equal(honestPercent(pct(18987, 18987), 100.0, 1), true);
});

test('rounded up, off by more, or too high at 100% is not honest', () => {
  const pct = (a: number, b: number) => (a / b) * 100;
  assert.equal(honestPercent(pct(41, 100) + 0.2, 42, 0), false); // 41.2 written 42
  assert.equal(honestPercent(pct(5, 12), 40, 0), false);
  assert.equal(honestPercent(pct(5, 12), 41.5, 1), false);
  assert.equal(honestPercent(pct(99, 100), 100, 0), false);
  assert.equal(honestPercent(pct(1, 3), 34, 0), false);
});
