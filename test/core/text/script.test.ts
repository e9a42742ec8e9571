// text/script.ts: the one Traditional → Simplified conversion behind comparison (normalize) and
// the script-traditional fix, one code unit for one, with its two dictionary sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSimplified } from '../../../server/src/core/text/script';
import { normalize } from '../../../server/src/core/text/normalize';
import { simplifyEdits } from '../../../server/src/core/model/artifacts-script';

test('both convert Traditional phrase-aware and keep the length', () => {
  for (const which of ['compare', 'fix'] as const) {
    assert.equal(toSimplified('乾淨的環境，乾隆年間', which), '干净的环境，乾隆年间');
    assert.equal(toSimplified('衞生健康委員會', which), '卫生健康委员会');
  }
});

test('comparison leaves mainland 著 and 么 alone; the fix reads Taiwan variants (隨著 → 随着)', () => {
  assert.equal(toSimplified('成效显著，什么'), '成效显著，什么');
  assert.equal(toSimplified('隨著'), '随著');
  assert.equal(toSimplified('隨著', 'fix'), '随着');
  assert.equal(normalize('隨著'), normalize('随著'));
  const { edits } = simplifyEdits('隨著');
  assert.deepEqual(edits, [{ start: 0, end: 2, newText: '随着' }]);
});

test('a Simplified text comes back as it is (no conversion run)', () => {
  const s = '本年度共收到政府信息公开申请12件。';
  assert.equal(toSimplified(s), s);
  assert.equal(toSimplified(s, 'fix'), s);
});
