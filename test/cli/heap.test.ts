// The CLI's heap growth (cli/heap.ts): a batch and a very large draft each ask for a smaller growth
// factor than V8's own; the smaller of the two wins, whatever order they come in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BATCH_PERCENT, LARGE_TEXT_PERCENT, tighterGrowth } from '../../server/src/cli/heap';

test('heap growth: the first request is set', () => {
  assert.equal(tighterGrowth(undefined, BATCH_PERCENT), BATCH_PERCENT);
  assert.equal(tighterGrowth(undefined, LARGE_TEXT_PERCENT), LARGE_TEXT_PERCENT);
});

test('heap growth: a very large draft in a batch tightens it, a batch never loosens a large draft', () => {
  assert.ok(LARGE_TEXT_PERCENT < BATCH_PERCENT);
  assert.equal(tighterGrowth(BATCH_PERCENT, LARGE_TEXT_PERCENT), LARGE_TEXT_PERCENT);
  assert.equal(tighterGrowth(LARGE_TEXT_PERCENT, BATCH_PERCENT), undefined);
  assert.equal(tighterGrowth(BATCH_PERCENT, BATCH_PERCENT), undefined);
});
